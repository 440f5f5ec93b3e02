import { describe, expect, it } from 'vitest';
import { isRedirect } from '@sveltejs/kit';
import { testDb } from './db';
import { setAppDb } from '../../src/lib/server/db';
import type { SessionUser } from '../../src/lib/server/auth/guard';
import { GET as area } from '../../src/routes/(admin)/admin/api/obszar/+server';
import { GET as units } from '../../src/routes/(admin)/admin/api/jednostki/+server';
import { POST as list } from '../../src/routes/(admin)/admin/api/czlonkowie/+server';

setAppDb(testDb());

const editor: SessionUser = {
	id: 1,
	email: 'e@example.org',
	name: null,
	organisation: null,
	role: 'editor',
	units: ['1206113'],
	lang: 'pl'
};

/** What SvelteKit hands a handler, for the parts these handlers read. */
function event(path: string, user: SessionUser | null, init?: RequestInit) {
	const url = new URL(`http://localhost${path}`);
	return {
		url,
		locals: { user, sessionId: user ? 'x' : null, lang: 'pl' },
		request: new Request(url, init)
	} as never;
}

async function thrown(f: () => unknown): Promise<unknown> {
	try {
		await f();
	} catch (e) {
		return e;
	}
	return null;
}

describe('the member picker endpoints', () => {
	it('send a visitor without a session to the login page', async () => {
		for (const call of [
			() => area(event('/admin/api/obszar?units=1206113', null)),
			() => units(event('/admin/api/jednostki?q=ska', null)),
			() =>
				list(
					event('/admin/api/czlonkowie', null, {
						method: 'POST',
						headers: { 'content-type': 'application/json' },
						body: '{"text":"Skawina"}'
					})
				)
		]) {
			const e = await thrown(call);
			expect(isRedirect(e)).toBe(true);
			if (isRedirect(e)) {
				expect(e.status).toBe(303);
				expect(e.location).toMatch(/^\/admin\/logowanie\?next=%2Fadmin%2Fapi%2F/);
			}
		}
	});

	it('answer the merged area, private, and 400 naming a bad code', async () => {
		const ok = await area(event('/admin/api/obszar?units=1206113&units=1206012', editor));
		expect(ok.status).toBe(200);
		expect(ok.headers.get('cache-control')).toBe('private, no-store');
		const body = (await ok.json()) as { type: string; bbox: number[]; geometry: { type: string } };
		expect(body.type).toBe('Feature');
		expect(body.geometry.type).toBe('Polygon');
		expect(body.bbox).toHaveLength(4);
		const bad = await area(event('/admin/api/obszar?units=1206113&units=99&lang=en', editor));
		expect(bad.status).toBe(400);
		expect(await bad.json()).toEqual({
			error: { status: 400, message: 'units=99: no unit has this TERYT code' }
		});
	});

	it('suggest units by name for the search box', async () => {
		const res = await units(event('/admin/api/jednostki?q=skaw', editor));
		const body = (await res.json()) as { suggestions: { id: string; detail: string }[] };
		expect(body.suggestions[0]).toMatchObject({ id: '1206113' });
		expect(body.suggestions[0].detail).toContain('powiat krakowski');
	});

	it('match a pasted list, refusing what is not JSON', async () => {
		const res = await list(
			event('/admin/api/czlonkowie', editor, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ text: 'Skawina\nSejny' })
			})
		);
		const body = (await res.json()) as { rows: { status: string }[] };
		expect(body.rows.map((r) => r.status)).toEqual(['matched', 'ambiguous']);
		const form = await list(
			event('/admin/api/czlonkowie', editor, { method: 'POST', body: 'text=Skawina' })
		);
		expect(form.status).toBe(415);
		const shape = await list(
			event('/admin/api/czlonkowie', editor, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: '{"text":1}'
			})
		);
		expect(shape.status).toBe(400);
	});
});
