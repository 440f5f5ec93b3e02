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

/** A row of the table below: id, labels, colour, and the map's `fill` and `network` if any. */
function kind<const I extends string>(
	id: I,
	pl: string,
	en: string,
	color: string,
	more: Pick<KindDef, 'fill' | 'network'> = {}
) {
	return { id, pl, en, color, ...more };
}

// A palette that stays apart for colour-blind readers (Okabe–Ito based, the light hues darkened):
// every colour is at least 3:1 against the map's background and land (WCAG 1.4.11). The kinds the
// bundled data has (functional area, metropolitan union, ZIT, agreement, Interreg, URBACT) are the
// six most apart under protan, deutan and tritan simulation. Rows are in display order: filters,
// legends and the bundled data list kinds in this order.
export const PARTNERSHIP_KIND_TABLE = [
	kind('functional_area', 'obszar funkcjonalny', 'functional area', '#008A63'),
	kind('metropolitan_union', 'związek metropolitalny', 'metropolitan union', '#D55E00'),
	kind('zit', 'ZIT', 'integrated territorial investment (ZIT)', '#A8447E'),
	kind('association', 'stowarzyszenie', 'association', '#B55690'),
	kind('inter_municipal_union', 'związek międzygminny', 'inter-municipal union', '#B06F00'),
	kind('agreement', 'porozumienie', 'agreement', '#8C6D31'),
	kind('leader_group', 'lokalna grupa działania', 'LEADER local action group', '#857600'),
	// Interreg areas overlap by dozens: their wash stays the light sky blue of Okabe–Ito.
	kind('interreg_project', 'projekt Interreg', 'Interreg project', '#0072B2', {
		fill: '#56B4E9',
		network: true
	}),
	kind('city_network', 'sieć miast (URBACT)', 'city network (URBACT)', '#5B3A8C', {
		network: true
	}),
	kind('other', 'inne', 'other', '#737373')
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
