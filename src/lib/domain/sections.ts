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
