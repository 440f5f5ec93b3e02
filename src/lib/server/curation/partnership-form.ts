/**
 * The partnership edit form → a PartnershipInput, on top of the record's newest version (the
 * slug and the source facts in `extra` are kept). Field names are the API record's
 * (`/api/v1/partnerships/{id}`): `name`, `kind`, `startDate`, `endDate`, `website`,
 * `descriptionHtml`, `sources.name`/`.url`/`.verifiedAt`; members are read by member-fields.ts
 * (`members=1206113:leader`, repeated).
 */
import type { Db } from '../db';
import type { Lang } from '../../format';
import { isPartnershipKind } from '../../domain/kinds';
import { partnershipProblems } from '../records/checks';
import type { PartnershipInput } from '../records/types';
import { formReader, type FieldErrors } from './form-values';
import { addProblems, readSources, type FormResult } from './practice-form';

/** Reads the members' fields: the units and the other members, with their messages. */
export type MemberReader = (
	form: FormData,
	db: Db,
	lang: Lang
) => Pick<PartnershipInput, 'members' | 'otherMembers'> & {
	errors: FieldErrors;
	memberListRest?: string;
};

export function parsePartnershipForm(
	form: FormData,
	base: PartnershipInput,
	db: Db,
	lang: Lang,
	readMembers: MemberReader
): FormResult<PartnershipInput> {
	const r = formReader(form, lang);
	const name = r.text('name');
	r.required('name', name);
	const kind = r.text('kind');
	r.required('kind', kind);
	if (kind && !isPartnershipKind(kind))
		r.add('kind', `Nieznany rodzaj „${kind.slice(0, 40)}”`, `Unknown kind "${kind.slice(0, 40)}"`);
	const startDate = r.date('startDate');
	const endDate = r.date('endDate');
	if (startDate && endDate && endDate < startDate)
		r.add('endDate', 'Koniec jest przed początkiem', 'The end is before the start');
	const members = readMembers(form, db, lang);
	for (const [field, message] of Object.entries(members.errors)) r.errors[field] ??= message;
	const input: PartnershipInput = {
		...base,
		name: name ?? '',
		nameLang: undefined,
		descriptionLang: undefined,
		kind: (kind ?? base.kind) as PartnershipInput['kind'],
		startDate,
		endDate,
		website: r.text('website'),
		description: r.text('descriptionHtml'),
		sources: readSources(r),
		members: members.members,
		otherMembers: members.otherMembers
	};
	if (input.members.length === 0 && input.otherMembers.length === 0)
		r.add(
			'members',
			'Partnerstwo potrzebuje co najmniej jednego członka',
			'A partnership needs at least one member'
		);
	addProblems(r, partnershipProblems(input));
	return { input, errors: r.errors, memberList: members.memberListRest };
}
