import { describe, expect, it } from 'vitest';
import { checkTeryt, unitTypeLabel } from '../../src/lib/teryt';

describe('checkTeryt', () => {
	it('accepts the three levels', () => {
		expect(checkTeryt('12')).toEqual({ ok: true, code: '12', level: 'woj' });
		expect(checkTeryt('1206')).toEqual({ ok: true, code: '1206', level: 'pow' });
		expect(checkTeryt(' 1206113 ')).toEqual({ ok: true, code: '1206113', level: 'gmi' });
	});
	it('names what is wrong', () => {
		const cases: [string, string][] = [
			['', 'pusty'],
			['12a', 'tylko cyfry'],
			['123', '3 cyfr'],
			['13', 'parzystą'],
			['34', 'parzystą'],
			['1206119', 'rodzaj gminy']
		];
		for (const [code, fragment] of cases) {
			const r = checkTeryt(code);
			expect(r.ok).toBe(false);
			if (!r.ok) expect(r.message).toContain(fragment);
		}
	});
	it('checks the expected level', () => {
		const r = checkTeryt('1206', 'gmi');
		expect(r.ok).toBe(false);
	});
});

describe('unitTypeLabel', () => {
	it('labels gminy by type and cities with powiat rights', () => {
		expect(unitTypeLabel({ code: '1206113', level: 'gmi', gminaType: 3 })).toBe(
			'gmina miejsko-wiejska'
		);
		expect(unitTypeLabel({ code: '1261011', level: 'gmi', gminaType: 1 })).toBe(
			'miasto na prawach powiatu'
		);
		expect(unitTypeLabel({ code: '1206', level: 'pow', gminaType: null }, 'en')).toBe(
			'county (powiat)'
		);
	});
});
