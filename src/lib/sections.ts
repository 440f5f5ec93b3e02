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

export const PARTNERSHIP_KIND_LABELS: Record<string, { pl: string; en: string; color: string }> = {
	// A palette that stays apart for colour-blind readers (Okabe–Ito based).
	functional_area: { pl: 'obszar funkcjonalny', en: 'functional area', color: '#0072B2' },
	metropolitan_union: { pl: 'związek metropolitalny', en: 'metropolitan union', color: '#D55E00' },
	zit: { pl: 'ZIT', en: 'integrated territorial investment (ZIT)', color: '#A8447E' },
	association: { pl: 'stowarzyszenie', en: 'association', color: '#CC79A7' },
	inter_municipal_union: {
		pl: 'związek międzygminny',
		en: 'inter-municipal union',
		color: '#E69F00'
	},
	agreement: { pl: 'porozumienie', en: 'agreement', color: '#E69F00' },
	leader_group: {
		pl: 'lokalna grupa działania',
		en: 'LEADER local action group',
		color: '#009E73'
	},
	interreg_project: { pl: 'projekt Interreg', en: 'Interreg project', color: '#56B4E9' },
	city_network: { pl: 'sieć miast (URBACT)', en: 'city network (URBACT)', color: '#8C6D31' },
	other: { pl: 'inne', en: 'other', color: '#666666' }
};

/** Kinds whose areas are scattered over whole regions: drawn as a faint wash, not click targets. */
export const NETWORK_KINDS: readonly string[] = ['interreg_project', 'city_network'];
