/**
 * The kinds of partnership and of members that are not local governments: the one home of their
 * ids, labels, colours and order. The schema's enums, the `typ` filter, the legend, the map's
 * colours, the lists, the API's CSV and the data build all read this table.
 *
 * To add a kind: add a row here (in its place in the order), then `npm run db:generate` (the
 * column's enum) — nothing else names kinds.
 */

export interface KindDef {
	id: string;
	pl: string;
	en: string;
	/** Line and label colour: ≥ 3:1 against the map's background and land (tests/unit/kind-colors.test.ts). */
	color: string;
	/** The map's fill when it is not `color` (faint). */
	fill?: string;
	/** Areas scattered over whole regions: drawn as a faint wash, not click targets. */
	network?: boolean;
}

// A palette that stays apart for colour-blind readers (Okabe–Ito based, the light hues darkened):
// every colour is at least 3:1 against the map's background and land (WCAG 1.4.11). The kinds the
// bundled data has (functional area, metropolitan union, ZIT, agreement, Interreg, URBACT) are the
// six most apart under protan, deutan and tritan simulation. Rows are in display order: filters,
// legends and the bundled data list kinds in this order.
export const PARTNERSHIP_KIND_TABLE = [
	{ id: 'functional_area', pl: 'obszar funkcjonalny', en: 'functional area', color: '#008A63' },
	{
		id: 'metropolitan_union',
		pl: 'związek metropolitalny',
		en: 'metropolitan union',
		color: '#D55E00'
	},
	{ id: 'zit', pl: 'ZIT', en: 'integrated territorial investment (ZIT)', color: '#A8447E' },
	{ id: 'association', pl: 'stowarzyszenie', en: 'association', color: '#B55690' },
	{
		id: 'inter_municipal_union',
		pl: 'związek międzygminny',
		en: 'inter-municipal union',
		color: '#B06F00'
	},
	{ id: 'agreement', pl: 'porozumienie', en: 'agreement', color: '#8C6D31' },
	{
		id: 'leader_group',
		pl: 'lokalna grupa działania',
		en: 'LEADER local action group',
		color: '#857600'
	},
	{
		id: 'interreg_project',
		pl: 'projekt Interreg',
		en: 'Interreg project',
		color: '#0072B2',
		// Interreg areas overlap by dozens: their wash stays the light sky blue of Okabe–Ito.
		fill: '#56B4E9',
		network: true
	},
	{
		id: 'city_network',
		pl: 'sieć miast (URBACT)',
		en: 'city network (URBACT)',
		color: '#5B3A8C',
		network: true
	},
	{ id: 'other', pl: 'inne', en: 'other', color: '#737373' }
] as const satisfies readonly KindDef[];

export type PartnershipKind = (typeof PARTNERSHIP_KIND_TABLE)[number]['id'];

/** The kind ids in display order (the schema's enum, the `typ` filter's values). */
export const PARTNERSHIP_KINDS = PARTNERSHIP_KIND_TABLE.map((k) => k.id) as [
	PartnershipKind,
	...PartnershipKind[]
];

const BY_ID = new Map<string, KindDef>(PARTNERSHIP_KIND_TABLE.map((k) => [k.id, k]));

/** A kind's row; an unknown id reads as 'other'. */
export function kindOf(id: string): KindDef {
	return BY_ID.get(id) ?? BY_ID.get('other')!;
}

export function isPartnershipKind(id: string): id is PartnershipKind {
	return BY_ID.has(id);
}

/** Kinds whose areas are scattered over whole regions: drawn as a faint wash, not click targets. */
export const NETWORK_KINDS: readonly string[] = PARTNERSHIP_KIND_TABLE.filter(
	(k: KindDef) => k.network
).map((k) => k.id);

/** Members of a partnership that are not Polish local governments. */
export const MEMBER_KIND_TABLE = [
	{ id: 'ngo', pl: 'organizacja pozarządowa', en: 'NGO' },
	{ id: 'business', pl: 'firma', en: 'business' },
	{ id: 'university', pl: 'uczelnia', en: 'university' },
	{ id: 'foreign', pl: 'partner zagraniczny', en: 'foreign partner' },
	{ id: 'public', pl: 'instytucja publiczna', en: 'public body' },
	{ id: 'other', pl: 'inny', en: 'other' }
] as const;

export type MemberKind = (typeof MEMBER_KIND_TABLE)[number]['id'];

export const MEMBER_KINDS = MEMBER_KIND_TABLE.map((k) => k.id) as [MemberKind, ...MemberKind[]];

/** A member kind's label in a language; an unknown id is shown as it is. */
export function memberKindLabel(id: string, lang: 'pl' | 'en'): string {
	return MEMBER_KIND_TABLE.find((k) => k.id === id)?.[lang] ?? id;
}
