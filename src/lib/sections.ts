/** The sections of the old good-practice database, by slug (the `kat` filter parameter). */
export const SECTIONS = [
	{ slug: 'uslugi-spoleczne', pl: 'Usługi społeczne', en: 'Social services' },
	{ slug: 'uslugi-techniczne', pl: 'Usługi techniczne', en: 'Technical services' },
	{ slug: 'rozwoj-instytucjonalny', pl: 'Rozwój instytucjonalny', en: 'Institutional development' },
	{ slug: 'efektywnosc-energetyczna', pl: 'Efektywność energetyczna', en: 'Energy efficiency' },
	{
		slug: 'wspolpraca-jst-ngo',
		pl: 'Współpraca JST-NGO',
		en: 'Local government and NGO cooperation'
	},
	{ slug: 'wspolpraca-miedzy-jst', pl: 'Współpraca między JST', en: 'Inter-municipal cooperation' },
	{ slug: 'dialog-spoleczny', pl: 'Dialog społeczny', en: 'Social dialogue' }
] as const;

export type SectionSlug = (typeof SECTIONS)[number]['slug'];

export function sectionBySlug(slug: string) {
	return SECTIONS.find((s) => s.slug === slug);
}

export const PARTNERSHIP_KIND_LABELS: Record<
	string,
	{ pl: string; en: string; color: string; fill?: string }
> = {
	// A palette that stays apart for colour-blind readers (Okabe–Ito based, the light hues darkened):
	// every colour is at least 3:1 against the map's background and land (WCAG 1.4.11), checked by
	// tests/unit/kind-colors.test.ts. The kinds the bundled data has (functional area, metropolitan
	// union, ZIT, agreement, Interreg, URBACT) are the six most apart under protan, deutan and tritan
	// simulation. Map fills are the same colours, faint, unless `fill` names a lighter one.
	functional_area: { pl: 'obszar funkcjonalny', en: 'functional area', color: '#008A63' },
	metropolitan_union: { pl: 'związek metropolitalny', en: 'metropolitan union', color: '#D55E00' },
	zit: { pl: 'ZIT', en: 'integrated territorial investment (ZIT)', color: '#A8447E' },
	association: { pl: 'stowarzyszenie', en: 'association', color: '#B55690' },
	inter_municipal_union: {
		pl: 'związek międzygminny',
		en: 'inter-municipal union',
		color: '#B06F00'
	},
	agreement: { pl: 'porozumienie', en: 'agreement', color: '#8C6D31' },
	leader_group: {
		pl: 'lokalna grupa działania',
		en: 'LEADER local action group',
		color: '#857600'
	},
	interreg_project: {
		pl: 'projekt Interreg',
		en: 'Interreg project',
		color: '#0072B2',
		// Interreg areas overlap by dozens: their wash stays the light sky blue of Okabe–Ito.
		fill: '#56B4E9'
	},
	city_network: { pl: 'sieć miast (URBACT)', en: 'city network (URBACT)', color: '#5B3A8C' },
	other: { pl: 'inne', en: 'other', color: '#737373' }
};

/** Kinds whose areas are scattered over whole regions: drawn as a faint wash, not click targets. */
export const NETWORK_KINDS: readonly string[] = ['interreg_project', 'city_network'];
