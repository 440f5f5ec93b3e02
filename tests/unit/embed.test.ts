import { describe, expect, it } from 'vitest';
import { COMPACT_HEIGHT, MIN_HEIGHT, parseEmbedOptions } from '../../src/lib/embed/protocol';
import { withNeighbours } from '../../src/lib/map/zoom';
import { keepShown } from '../../src/lib/selection.svelte';
import { corsHeaders } from '../../src/lib/server/http/cors';
import { responseHeaders } from '../../src/lib/server/http/security-headers';
import { oembedFor } from '../../src/lib/server/embed/oembed';

const options = (q: string) => parseEmbedOptions(new URLSearchParams(q));

describe('embed heights', () => {
	it('takes 100–2000 px, and is compact below 300', () => {
		expect(options('wysokosc=100')).toMatchObject({ options: { height: 100 }, notes: [] });
		expect(options('wysokosc=2000').options.height).toBe(2000);
		expect(MIN_HEIGHT).toBe(100);
		expect(COMPACT_HEIGHT).toBe(300);
		for (const bad of ['50', '99', '2001', '12px', ''])
			expect(options(`wysokosc=${bad}`).notes, bad).toHaveLength(1);
	});
});

describe('oEmbed refusals', () => {
	const site = {
		origin: 'https://mapa.example.pl',
		hosts: new Set(['mapa.example.pl', 'localhost:3000'])
	};
	const none = { width: null, height: null };
	it('refuses other hosts and schemes, naming the site', () => {
		for (const url of [
			'https://evil.example/',
			'javascript:alert(1)',
			'ftp://mapa.example.pl/',
			'http://localhost:3001/'
		]) {
			const r = oembedFor(site, url, none);
			expect(r, url).toMatchObject({ ok: false, status: 404 });
			if (!r.ok) expect(r.message).toContain('https://mapa.example.pl');
		}
	});
	it('refuses frames smaller than 100 px with 501', () => {
		for (const max of [
			{ width: 99, height: null },
			{ width: null, height: 50 }
		]) {
			const r = oembedFor(site, 'https://mapa.example.pl/', max);
			expect(r).toMatchObject({ ok: false, status: 501 });
		}
	});
});

describe('framing a scope with its neighbours', () => {
	it('gives a gmina about half of the frame, each way', () => {
		// Skawina's extent, roughly.
		const bbox: [number, number, number, number] = [19.7, 49.9, 19.95, 50.05];
		const [w, s, e, n] = withNeighbours(bbox);
		expect(w).toBeLessThan(bbox[0]);
		expect(e).toBeGreaterThan(bbox[2]);
		expect((e - w) / (bbox[2] - bbox[0])).toBeGreaterThanOrEqual(2);
		expect((n - s) / (bbox[3] - bbox[1])).toBeGreaterThanOrEqual(2);
	});
	it('adds less around a województwo, and stays on the globe', () => {
		const woj: [number, number, number, number] = [19.0, 49.2, 21.4, 50.5];
		const [w, , e] = withNeighbours(woj);
		expect((e - w) / (woj[2] - woj[0])).toBeLessThan(1.5);
		const edge = withNeighbours([179.9, 84.9, 180, 85]);
		expect(edge[2]).toBeLessThanOrEqual(180);
		expect(edge[3]).toBeLessThanOrEqual(85);
	});
});

describe('what the filters show', () => {
	it('keeps units and the records still shown', () => {
		const shown = { praktyka: new Set([1]), partnerstwo: new Set([3]) };
		expect(
			keepShown(
				[
					{ type: 'unit', code: '1206' },
					{ type: 'praktyka', id: 1 },
					{ type: 'praktyka', id: 2 },
					{ type: 'partnerstwo', id: 3 },
					{ type: 'partnerstwo', id: 4 }
				],
				shown
			)
		).toEqual([
			{ type: 'unit', code: '1206' },
			{ type: 'praktyka', id: 1 },
			{ type: 'partnerstwo', id: 3 }
		]);
	});
});

describe('CORS and framing headers', () => {
	it('lets any origin read the public assets and data, nothing private', () => {
		for (const path of [
			'/_app/immutable/entry/start.js',
			'/embed.js',
			'/api/v1/practices',
			'/tiles/boundaries/1/0/0/0.pbf',
			'/embed/__data.json',
			'/__data.json',
			'/oembed',
			'/obraz/ksztalty.json'
		])
			expect(corsHeaders(path), path).toEqual({ 'access-control-allow-origin': '*' });
		for (const path of ['/', '/embed', '/praktyki/1', '/admin/__data.json', '/admin/x/__data.json'])
			expect(corsHeaders(path), path).toEqual({});
	});
	it('lets only the embed be framed, by any ancestor (opaque ones too)', () => {
		expect(responseHeaders('/embed')['content-security-policy']).toBeUndefined();
		expect(responseHeaders('/embed')['x-frame-options']).toBeUndefined();
		expect(responseHeaders('/')['x-frame-options']).toBe('SAMEORIGIN');
		expect(responseHeaders('/_app/x.js')['x-content-type-options']).toBe('nosniff');
	});
});

describe('list cache keys', () => {
	it('depend only on the parameters that change the answer', async () => {
		const { keyOf } = await import('../../src/lib/server/http/list-cache');
		const k = (q: string) => keyOf('v1', '/api/v1/practices', new URLSearchParams(q));
		expect(k('woj=12&cb=1')).toBe(k('woj=12&cb=2'));
		expect(k('woj=12&format=csv')).toBe(k('format=csv&woj=12&utm_source=x'));
		expect(k('woj=12')).not.toBe(k('woj=14'));
		expect(k('limit=10')).not.toBe(k('limit=10&offset=10'));
		expect(keyOf('v2', '/api/v1/practices', new URLSearchParams('woj=12'))).not.toBe(k('woj=12'));
	});
});

describe('applyHeaders', () => {
	it("adds frame-ancestors to SvelteKit's CSP once, and keeps an answer's own", async () => {
		const { applyHeaders } = await import('../../src/lib/server/http/security-headers');
		const page = new Headers({ 'content-security-policy': "script-src 'self' 'nonce-abc'" });
		applyHeaders(page, '/');
		expect(page.get('content-security-policy')).toBe(
			"script-src 'self' 'nonce-abc'; frame-ancestors 'self'"
		);
		applyHeaders(page, '/');
		expect(page.get('content-security-policy')?.match(/frame-ancestors/g)).toHaveLength(1);
		const embed = new Headers({ 'content-security-policy': "script-src 'self' 'nonce-abc'" });
		applyHeaders(embed, '/embed');
		expect(embed.get('content-security-policy')).toBe("script-src 'self' 'nonce-abc'");
		expect(embed.get('x-frame-options')).toBeNull();
	});

	it("keeps a page's own referrer policy and sets the site's otherwise", async () => {
		const { applyHeaders } = await import('../../src/lib/server/http/security-headers');
		const own = new Headers({ 'referrer-policy': 'same-origin' });
		applyHeaders(own, '/zglos/stan/abc');
		expect(own.get('referrer-policy')).toBe('same-origin');
		const plain = new Headers();
		applyHeaders(plain, '/');
		expect(plain.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
	});
});

describe('page parameters', () => {
	it('keeps what pages read, in order, and drops the rest', async () => {
		const { pageSearch } = await import('../../src/lib/page-params');
		expect(
			pageSearch(new URLSearchParams('cb=1&woj=12&utm_source=x&sel=praktyka:5&lang=en')).toString()
		).toBe('woj=12&sel=praktyka%3A5&lang=en');
		expect(pageSearch(new URLSearchParams('zakres=gmi:1206113&lista=1&x=<y>')).toString()).toBe(
			'zakres=gmi%3A1206113&lista=1'
		);
	});
});
