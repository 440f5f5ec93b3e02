/**
 * Lines built to make backtracking patterns blow up (each 100 000 characters or so): long runs of
 * one character, runs that almost match and fail at the end, repeated openings of tags, URLs,
 * file names, entities and labels. Shared by the adversarial unit test and bench figures.
 */
const N = 100_000;
const rep = (unit: string, last = '') =>
	unit.repeat(Math.floor((N - last.length) / unit.length)) + last;

/** A fixed pseudo-random mix of the characters the patterns care about (seeded: reproducible). */
function mixed(seed: number): string {
	const alphabet = '?=&#;:./\\-_<>()[]"\' \t,aAłŁ1.%';
	let x = seed;
	let s = '';
	for (let i = 0; i < N; i++) {
		x = (x * 1103515245 + 12345) & 0x7fffffff;
		s += alphabet[x % alphabet.length];
	}
	return s;
}

export const ADVERSARIAL: [name: string, line: string][] = [
	['? × 100 000', rep('?')],
	['a × 100 000 + !', rep('a', '!')],
	['"<a " × 33 333', rep('<a ')],
	['space × 100 000', rep(' ')],
	['space × 100 000 + x', rep(' ', 'x')],
	['tab-space × 50 000 + x', rep('\t ', 'x')],
	['1 × 100 000 + x', rep('1', 'x')],
	['1 × 100 000 + " K"', rep('1', ' K')],
	['1.1 run', rep('1.1', 'x')],
	['. × 100 000 + x', rep('.', 'x')],
	['- × 100 000 + x', rep('-', 'x')],
	['a. × 50 000', rep('a.')],
	['a.pd × 25 000', rep('a.pd')],
	['x.pdfx × 16 666', rep('x.pdfx')],
	['www. × 25 000', rep('www.')],
	['http:// × 14 285', rep('http://')],
	['?art= × 20 000', rep('?art=')],
	['a?art=x × 14 285', rep('a?art=x')],
	['( × 100 000', rep('(')],
	['(a × 50 000', rep('(a')],
	['< × 100 000', rep('<')],
	['<p × 50 000', rep('<p')],
	['<a x=" × 14 285', rep('<a x="')],
	['&# × 50 000', rep('&#')],
	['&amp × 25 000', rep('&amp')],
	['x: × 50 000', rep('x:')],
	[': × 100 000', rep(':')],
	['Gmina  × 16 666', rep('Gmina ')],
	['Gmina Aa- × 11 111', rep('Gmina Aa-')],
	['Aa-Bb- run', rep('Aa-Bb-', 'x')],
	['ą × 100 000', rep('ą')],
	['dr.  × 25 000', rep('dr. ')],
	['Jan Kowalski –  × 6 250', rep('Jan Kowalski – ')],
	['"Praktyki : " run', rep(' : Praktyki', 'x')],
	['newline × 100 000 + x', rep('\n', 'x')],
	['mixed 1', mixed(1)],
	['mixed 2', mixed(2)],
	['mixed 3', mixed(3)]
];
