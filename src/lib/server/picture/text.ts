/**
 * Text in the pictures drawn on the server (share images, downloads): lines broken to a width
 * estimated from the font's average letter width (DejaVu Sans, the first font of the map's stack,
 * is what resvg finds here), and <text> elements with one <tspan> per line.
 */
import { escapeXml } from './map';

/** Average letter width of DejaVu Sans in ems (Polish text, mixed case), regular and bold. */
export const EM = { regular: 0.58, bold: 0.64 } as const;

/**
 * `text` broken into at most `maxLines` lines of about `width` px at `size` px (at spaces, after
 * hyphens, or inside a word longer than a line); the last line ends with „…” when text is left.
 */
export function breakLines(
	text: string,
	width: number,
	size: number,
	maxLines: number,
	em: number = EM.regular
): string[] {
	const max = Math.max(4, Math.floor(width / (size * em)));
	const words = text
		.trim()
		.split(/(?<=-)|\s+/)
		.filter(Boolean)
		.flatMap((w) => (w.length <= max ? [w] : (w.match(new RegExp(`.{1,${max}}`, 'gu')) ?? [])));
	const lines: string[] = [];
	let line = '';
	let i = 0;
	for (; i < words.length; i++) {
		const w = words[i];
		const next = line === '' ? w : line.endsWith('-') ? line + w : `${line} ${w}`;
		if (next.length <= max) {
			line = next;
			continue;
		}
		lines.push(line);
		line = w;
		if (lines.length === maxLines) break;
	}
	if (lines.length < maxLines) {
		if (line) lines.push(line);
		return lines;
	}
	// Text is left over: the last line shortened to end with an ellipsis.
	let last = lines[maxLines - 1];
	while (last.length > max - 1)
		last = last.slice(0, last.lastIndexOf(' ') > 0 ? last.lastIndexOf(' ') : max - 1);
	lines[maxLines - 1] = last.replace(/[\s,.;:–-]+$/, '') + '…';
	return lines;
}

const fixed = (v: number) => String(Math.round(v * 10) / 10);

/** A <text> of `lines` from (x, y) (the first line's baseline), `lineHeight` em apart. */
export function textLines(
	lines: string[],
	x: number,
	y: number,
	size: number,
	attrs = '',
	lineHeight = 1.25
): string {
	if (lines.length === 0) return '';
	return (
		`<text x="${fixed(x)}" y="${fixed(y)}" font-size="${fixed(size)}"${attrs ? ' ' + attrs : ''}>` +
		lines
			.map(
				(l, i) =>
					`<tspan x="${fixed(x)}"${i ? ` dy="${lineHeight}em"` : ''}>${escapeXml(l)}</tspan>`
			)
			.join('') +
		'</text>'
	);
}
