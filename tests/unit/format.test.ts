import { describe, expect, it } from 'vitest';
import { formatArea, formatNumber } from '../../src/lib/format';
import { parseCsv, readCsvObjects } from '../../src/lib/csv';
import { parseLang } from '../../src/lib/i18n';

describe('Polish number formatting', () => {
	it('separates thousands with a (non-breaking) space, also for four digits', () => {
		expect(formatNumber(43598)).toBe('43\u00a0598');
		expect(formatNumber(1234)).toBe('1\u00a0234');
		expect(formatArea(102.37)).toBe('102,4\u00a0km²');
		expect(formatNumber(43598, 'en')).toBe('43,598');
	});
});

describe('CSV reading', () => {
	it('handles quotes, doubled quotes, CRLF and other separators', () => {
		expect(parseCsv('a,"b, c","d ""e"""\r\n1,2,3\n')).toEqual([
			['a', 'b, c', 'd "e"'],
			['1', '2', '3']
		]);
		expect(readCsvObjects('\uFEFFx;y\n1;2', ';')).toEqual([{ x: '1', y: '2' }]);
	});
});

describe('language choice', () => {
	it('prefers the parameter, then the browser, then Polish', () => {
		expect(parseLang('en', 'pl')).toBe('en');
		expect(parseLang('xx', 'en-GB,en;q=0.8')).toBe('en');
		expect(parseLang(null, 'de-DE,pl;q=0.5')).toBe('pl');
		expect(parseLang(null, null)).toBe('pl');
	});
});
