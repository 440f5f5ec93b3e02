/**
 * The label of a record's field by its form/API name (`title`, `metryka.locality`), for error
 * summaries, conflicts and the history's diffs; and a value as a person reads it.
 */
import type { Lang } from '../format';
import { METRYKA_FIELDS, type RecordField } from '../domain/fields';
import { adminDictionaries } from '../i18n/admin';

const EXTRA: Record<string, { pl: string; en: string }> = {
	members: { pl: 'Członkowie (samorządy)', en: 'Members (local governments)' },
	otherMembers: { pl: 'Inni członkowie', en: 'Other members' },
	attachments: { pl: 'Załączniki', en: 'Attachments' },
	status: { pl: 'Stan', en: 'Status' },
	verifiedAt: { pl: 'Data weryfikacji', en: 'Verified' },
	extra: { pl: 'Inne dane źródła', en: 'Other source data' },
	memberList: { pl: 'Wklejona lista członków', en: 'Pasted member list' },
	_: { pl: 'Formularz', en: 'Form' }
};

export function fieldLabel(name: string, lang: Lang): string {
	if (name.startsWith('metryka.')) {
		const key = name.slice('metryka.'.length);
		const f = (METRYKA_FIELDS as readonly RecordField[]).find((m) => m.name === key);
		if (f?.label) return f.label[lang];
		if (key === 'postalCode') return lang === 'pl' ? 'Kod pocztowy' : 'Postal code';
		if (key === 'postOffice') return lang === 'pl' ? 'Poczta' : 'Post office';
		return key;
	}
	const own = (adminDictionaries[lang].fields as Record<string, unknown>)[name];
	if (typeof own === 'string') return own;
	return EXTRA[name]?.[lang] ?? name;
}

/** A field's value as text: lists one item per line, rows as their values joined. */
export function showValue(value: unknown): string {
	if (value === null || value === undefined || value === '') return '';
	if (Array.isArray(value)) return value.map(showValue).filter(Boolean).join('\n');
	if (typeof value === 'object')
		return Object.values(value as Record<string, unknown>)
			.filter((v) => v !== null && v !== undefined && v !== '')
			.map(String)
			.join(' · ');
	return String(value);
}
