import { describe, expect, it } from 'vitest';
import { testDb } from './db';
import { mapView, viewInWords } from '../../src/lib/server/picture/view';
import { POLAND_FRAME } from '../../src/lib/map/frame';

const db = testDb();
const view = (q: string, lang: 'pl' | 'en' = 'pl') => mapView(new URLSearchParams(q), lang, db);

describe('mapView (the view of / from a query string)', () => {
	it('is Poland with województwo bubbles when nothing is chosen', () => {
		const v = view('');
		expect(v.frame).toEqual(POLAND_FRAME);
		expect(v.partnershipIds).toBeNull();
		expect(v.counts.every((c) => c.code.length === 2)).toBe(true);
		expect(viewInWords(v, 'pl')).toEqual([]);
	});

	it('frames a województwo, outlines it and counts per powiat', () => {
		const v = view('woj=12&typ=functional_area');
		expect(v.region?.name).toBe('małopolskie');
		expect(v.focus).toBe('12');
		expect(v.counts.every((c) => c.code.length === 4 && c.code.startsWith('12'))).toBe(true);
		expect(v.partnershipIds).not.toBeNull();
		expect(viewInWords(v, 'pl')).toEqual([
			'Województwo: małopolskie',
			expect.stringMatching(/^Rodzaj partnerstwa: /)
		]);
		expect(viewInWords(v, 'en')[0]).toBe('Voivodeship: małopolskie');
	});

	it('names an unknown TERYT code and shows Poland', () => {
		const v = view('woj=98');
		expect(v.region).toBeNull();
		expect(v.notes.join(' ')).toContain('98');
		expect(v.frame).toEqual(POLAND_FRAME);
	});

	it('takes an embed scope, framed with its neighbours and without bubbles', () => {
		const v = view('zakres=pow:1206', 'en');
		expect(v.scopeName).toBeTruthy();
		expect(v.counts).toEqual([]);
		expect(v.frame.bbox).not.toEqual(POLAND_FRAME.bbox);
		expect(viewInWords(v, 'en')[0]).toMatch(/^Scope: /);
	});

	it('quotes a search in the asked language', () => {
		expect(viewInWords(view('q=las'), 'pl')).toEqual(['Szukane: „las”']);
		expect(viewInWords(view('q=las'), 'en')).toEqual(['Search: "las"']);
	});
});
