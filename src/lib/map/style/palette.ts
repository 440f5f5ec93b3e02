/** The map's colours and fonts, shared by every layer of the style (and by the contrast tests). */
export const FONT_STACK = ['DejaVu Sans', 'Noto Sans', 'Arial', 'sans-serif'];

export const COLORS = {
	background: '#e9eef2',
	land: '#fbfaf7',
	wojLine: '#4a5868',
	powLine: '#7d8b99',
	gmiLine: '#a9b4bf',
	hover: '#1d4f91',
	label: '#1f2933',
	labelHalo: 'rgba(255,255,255,0.92)'
};
