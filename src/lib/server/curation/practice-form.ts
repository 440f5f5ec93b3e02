/**
 * The practice edit form → a PracticeInput, on top of the record's newest version (what the form
 * does not show — the old database's ids, the slug — is kept). Field names are the API record's
 * (`/api/v1/practices/{id}`): `title`, `section`, `summary`, `presentationHtml`, `keywords`,
 * `sourceUrl`, `metryka.<field>` for every field of METRYKA_FIELDS (lists repeated or one per line,
 * contacts as `metryka.contacts.name`/`.role`), `unit` (the gmina it is placed by), `units`
 * (repeated TERYT codes), `partners.name`/`.unitCode`/`.note`, `partnerships` (repeated ids),
 * `sources.name`/`.url`/`.verifiedAt`. Attachments are read by the files module.
 */
import type { Db } from '../db';
import type { Lang } from '../../format';
import { METRYKA_FIELDS, type Metryka } from '../../domain/fields';
import { sectionBySlug } from '../../domain/sections';
import { practiceProblems } from '../records/checks';
import type { AttachmentInput, PracticeInput } from '../records/types';
import { formName } from './diff';
import { formReader, knownUnits, type FieldErrors, type FormReader } from './form-values';

export interface FormResult<T> {
	input: T;
	errors: FieldErrors;
	/** A pasted member list's lines that did not become members (partnerships). */
	memberList?: string;
}

export function readSources(r: FormReader): PracticeInput['sources'] {
	return r.rows('sources', ['name', 'url', 'verifiedAt'] as const).map((s, i) => {
		if (s.verifiedAt && !/^\d{4}-\d{2}-\d{2}$/.test(s.verifiedAt))
			r.add(
				'sources',
				`Źródło ${i + 1}: data sprawdzenia ma postać RRRR-MM-DD`,
				`Source ${i + 1}: the date checked is YYYY-MM-DD`
			);
		return { name: s.name ?? s.url ?? '', url: s.url, verifiedAt: s.verifiedAt };
	});
}

/** The write path's own limits and link rules, as messages on the form's fields. */
export function addProblems(
	r: FormReader,
	problems: { field: string; pl: string; en: string }[]
): void {
	for (const p of problems) r.add(formName(p.field), p.pl, p.en);
}

function readMetryka(r: FormReader): Metryka {
	const m: Record<string, unknown> = {};
	for (const f of METRYKA_FIELDS) {
		const name = `metryka.${f.name}`;
		if (f.type === 'date') m[f.name] = r.date(name);
		else if (f.type === 'integer') m[f.name] = r.integer(name);
		else if (f.type === 'list') m[f.name] = r.list(name, /\s+/);
		else if (f.type === 'contacts')
			m[f.name] = r
				.rows(name, ['name', 'role'] as const)
				.map((c) => ({ name: c.name ?? '', role: c.role }));
		else m[f.name] = r.text(name);
	}
	return m as Metryka;
}

/**
 * `attachments`: the form's files as the files module read them (files/form.ts), or null to keep
 * the record's. Links to files kept elsewhere (the old database's) stay as they were.
 */
export function parsePracticeForm(
	form: FormData,
	base: PracticeInput,
	db: Db,
	lang: Lang,
	attachments: { attachments: AttachmentInput[]; errors: string[] } | null = null
): FormResult<PracticeInput> {
	const r = formReader(form, lang);
	const title = r.text('title');
	r.required('title', title);
	const section = r.text('section');
	r.required('section', section);
	if (section && !sectionBySlug(section))
		r.add(
			'section',
			`Nieznany dział „${section.slice(0, 60)}”`,
			`Unknown section "${section.slice(0, 60)}"`
		);
	const unit = r.text('unit');
	r.required('unit', unit);
	const [unitCode] = unit ? knownUnits(db, r, 'unit', [unit], lang) : [];
	const units = knownUnits(db, r, 'units', r.list('units', /[\s,;]+/), lang);
	const partners = r.rows('partners', ['name', 'unitCode', 'note'] as const).map((p) => ({
		name: p.name ?? '',
		teryt: p.unitCode ? (knownUnits(db, r, 'partners', [p.unitCode], lang)[0] ?? null) : null,
		reason: p.note
	}));
	if (partners.some((p) => !p.name))
		r.add('partners', 'Każdy partner potrzebuje nazwy', 'Every partner needs a name');
	const slugOf = db.$client.prepare('SELECT slug FROM partnerships WHERE id = ?');
	const partnershipSlugs = r.list('partnerships', /[\s,;]+/).flatMap((id) => {
		const row = /^\d{1,9}$/.test(id)
			? (slugOf.get(Number(id)) as { slug: string } | undefined)
			: undefined;
		if (!row)
			r.add(
				'partnerships',
				`Nie ma partnerstwa ${id.slice(0, 20)}`,
				`No partnership ${id.slice(0, 20)}`
			);
		return row ? [row.slug] : [];
	});
	const input: PracticeInput = {
		...base,
		title: title ?? '',
		titleLang: undefined,
		summaryLang: undefined,
		section: section ?? '',
		summary: r.text('summary') ?? '',
		presentation: r.text('presentationHtml'),
		keywords: r.list('keywords', /[,\n]/),
		sourceUrl: r.text('sourceUrl'),
		metryka: readMetryka(r),
		unitCode: unitCode ?? unit ?? null,
		units: [...new Set([...(unitCode ? [unitCode] : []), ...units])],
		namedPartners: partners,
		partnershipSlugs,
		sources: readSources(r),
		attachments: attachments
			? [...(base.attachments ?? []).filter((a) => !a.fileSha256), ...attachments.attachments]
			: base.attachments
	};
	if (attachments?.errors.length)
		r.add('attachments', attachments.errors.join(' '), attachments.errors.join(' '));
	addProblems(r, practiceProblems(input));
	return { input, errors: r.errors };
}
