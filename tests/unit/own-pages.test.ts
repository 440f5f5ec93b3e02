/**
 * The data build's module for partnerships_from_own_pages.csv (scripts/records/own-pages.ts), on
 * the real CSV and data/boundaries/units.csv: the counts its md states, the leaders, the two
 * ambiguous rows not placed, the sources, the overlaps, and clear errors (file and row) for bad
 * rows, which are the real file with one row changed.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentLang } from '../../src/lib/content-lang';
import type { PartnershipInput, SourceInput } from '../../src/lib/server/records/types';

// The build's modules run under tsx with `.ts` import paths, outside the app's tsconfig (they are
// checked by tsconfig.scripts.json), so the test loads them by path and types what it reads.
type Partnership = PartnershipInput & { description: string; sources: SourceInput[] };
interface OwnPagesResult {
	rows: number;
	partnerships: Partnership[];
	ambiguous: { slug: string; row: number; name: string; candidates: string[] }[];
	overlaps: { slug: string; with: string; shared: number; why: string }[];
}
// The real CSV, copied from ../shared/data (a clean clone in CI has no ../shared beside it).
process.env.MAPA_SOURCE_DIR = resolve('tests/fixtures/shared');
const load = <T>(rel: string): Promise<T> => import(/* @vite-ignore */ resolve(rel)) as Promise<T>;
const { FILES, loadUnits, sourceDir } = await load<{
	FILES: { ownPages: string };
	loadUnits(): unknown;
	sourceDir: string;
}>('scripts/records/context.ts');
const { buildOwnPagePartnerships } = await load<{
	buildOwnPagePartnerships(
		units: unknown,
		existing: Partnership[],
		file: string,
		claimSlug: (slug: string) => string
	): OwnPagesResult;
}>('scripts/records/own-pages.ts');

const units = loadUnits();
const bundled = JSON.parse(
	readFileSync(resolve('data/records/partnerships.json'), 'utf8')
) as Partnership[];
const isOwn = (p: Partnership) => p.extra.sourceFile === 'partnerships_from_own_pages.csv';
const existing = bundled.filter((p) => !isOwn(p));
/** Slugs claimed per run (the build's registry is for one run of the whole build). */
const claims = () => {
	const taken = new Set(existing.map((p) => p.slug));
	return (slug: string) => (taken.has(slug) ? `${slug}-2` : (taken.add(slug), slug));
};
const build = (file: string = FILES.ownPages) =>
	buildOwnPagePartnerships(units, existing, file, claims());
const result = build();
const by = (slug: string) => result.partnerships.find((p) => p.slug === slug)!;

// The md's counts: placed members (gminy + powiaty) and unplaced (ambiguous) ones.
const MD_COUNTS: [string, number, number][] = [
	['lgd-blisko-krakowa', 6, 0],
	['lgd-dolina-raby', 6, 0],
	['lgd-paluki-wspolna-sprawa', 7, 0],
	['pogorzanskie-stowarzyszenie-dunajec-biala', 9, 0],
	['lgd-beskid-gorlicki', 8, 1],
	['lgd-gosciniec-4-zywiolow', 4, 0],
	['lgd-powiatu-opatowskiego', 5, 0],
	['lgd-partnerstwo-sowiogorskie', 5, 0],
	['lgd-ujscie-baryczy', 3, 0],
	['lasowiacka-grupa-dzialania', 9, 0],
	['lgd-kraina-dinozaurow', 7, 0],
	['zmgk-chrzanow', 3, 0],
	['zm-gospodarka-komunalna-elk', 11, 1],
	['kzg-dolina-redy-i-chylonki', 8, 0],
	['zg-czyste-srodowisko', 19, 0],
	['zwiazek-gmin-karkonoskich', 6, 0],
	['zwiazek-gmin-krynicko-popradzkich', 6, 0],
	['aglomeracja-walbrzyska', 22, 0],
	['zit-kkbof', 19, 0],
	['lubelski-obszar-metropolitalny', 26, 0],
	['aglomeracja-opolska', 23, 0],
	['rzeszowski-obszar-funkcjonalny', 15, 0],
	['kielecki-obszar-funkcjonalny', 13, 0],
	['bialostocki-obszar-funkcjonalny', 10, 0],
	['zit-mof-olsztyna', 7, 0],
	['zit-mof-zielonej-gory', 5, 0],
	['metropolia-poznan', 23, 0],
	['szczecinski-obszar-metropolitalny', 14, 0],
	['lom-strategia-rozwoju-2013', 21, 0],
	['mof-gorzowa-wielkopolskiego', 10, 0],
	['metropolia-bydgoszcz', 21, 0]
];

describe('partnerships from their own pages (the data build)', () => {
	it('31 partnerships of 353 rows, by kind as the md counts them', () => {
		expect(result.partnerships).toHaveLength(31);
		expect(result.rows).toBe(353);
		const kinds: Record<string, number> = {};
		for (const p of result.partnerships) kinds[p.kind] = (kinds[p.kind] ?? 0) + 1;
		expect(kinds).toEqual({
			leader_group: 11,
			inter_municipal_union: 6,
			zit: 8,
			association: 3,
			functional_area: 3
		});
	});

	it('each has the members the md states; powiaty are members, voivodeships are not', () => {
		for (const [slug, placed, unplaced] of MD_COUNTS) {
			expect(by(slug).members, slug).toHaveLength(placed);
			expect(by(slug).otherMembers, slug).toHaveLength(unplaced);
		}
		const all = result.partnerships.flatMap((p) => p.members.map((m) => m.teryt));
		expect(all).toHaveLength(351);
		expect(all.filter((c) => c.length === 4)).toHaveLength(13);
		expect(all.every((c) => c.length === 4 || c.length === 7)).toBe(true);
		expect(by('lubelski-obszar-metropolitalny').members.map((m) => m.teryt)).toEqual(
			expect.arrayContaining(['0609', '0608', '0614', '0617'])
		);
	});

	it('the five leaders are the ones the pages name', () => {
		const leaders = result.partnerships.flatMap((p) =>
			p.members.filter((m) => m.role === 'leader').map((m) => `${p.slug} ${m.teryt}`)
		);
		expect(leaders.sort()).toEqual([
			'aglomeracja-walbrzyska 0265011',
			'lgd-paluki-wspolna-sprawa 0419063',
			'lom-strategia-rozwoju-2013 1061011',
			'zit-kkbof 3261011',
			'zmgk-chrzanow 1203033'
		]);
		// Leaders come first in the member list.
		expect(by('zit-kkbof').members[0]).toMatchObject({ teryt: '3261011', role: 'leader' });
	});

	it('the ambiguous rows are not placed: other members whose note names both candidates', () => {
		expect(result.ambiguous.map((a) => [a.slug, a.row, a.name, a.candidates])).toEqual([
			['lgd-beskid-gorlicki', 31, 'Gorlice', ['1205011', '1205042']],
			['zm-gospodarka-komunalna-elk', 83, 'Świętajno', ['2813052', '2817072']]
		]);
		for (const a of result.ambiguous) {
			const p = by(a.slug);
			for (const c of a.candidates) expect(p.members.map((m) => m.teryt)).not.toContain(c);
			const other = p.otherMembers.find((o) => o.name === a.name)!;
			expect(other).toMatchObject({ kind: 'public', country: 'PL', role: 'member' });
			for (const c of a.candidates) expect(other.note).toContain(c);
		}
		expect(by('zm-gospodarka-komunalna-elk').otherMembers[0].note).toMatch(
			/powiat olecki \(2813052\) lub .*powiat szczycieński \(2817072\)/
		);
	});

	it('sources: every distinct page of its rows, http(s), named, with the date where given', () => {
		for (const p of result.partnerships) {
			expect(p.sources.length, p.slug).toBeGreaterThan(0);
			for (const s of p.sources) {
				expect(s.url).toMatch(/^https?:\/\/\S+$/);
				expect(s.name.length).toBeGreaterThan(5);
				expect(s.verifiedAt).toBeNull();
			}
			expect(new Set(p.sources.map((s) => s.url)).size).toBe(p.sources.length);
		}
		expect(by('aglomeracja-opolska').sources.map((s) => s.name)).toEqual([
			'dobry-projekt.pl',
			'Stowarzyszenie Aglomeracja Opolska – aglomeracja-opolska.pl, 6.07.2021'
		]);
		expect(by('szczecinski-obszar-metropolitalny').sources).toHaveLength(2);
		expect(by('zit-mof-olsztyna').sources[0].name).toBe(
			'Gmina Dywity – gminadywity.pl, 22.07.2015'
		);
		expect(by('lgd-gosciniec-4-zywiolow').sources[0].name).toMatch(/31\.12\.2008$/);
	});

	it('descriptions are ours and short, in Polish; websites only the own sites', () => {
		for (const p of result.partnerships) {
			expect(p.description.length, p.slug).toBeGreaterThan(150);
			expect(p.description.length, p.slug).toBeLessThan(450);
			expect(contentLang(p.description)).toBe('pl');
			expect(contentLang(p.name, p.kind)).toBe('pl');
			if (p.website)
				expect(p.sources.map((s) => new URL(s.url!).host)).toContain(new URL(p.website).host);
		}
		expect(by('lgd-dolina-raby').website).toBe('http://dolinaraby.pl/');
		expect(by('zit-mof-zielonej-gory').website).toBeNull();
		expect(by('lubelski-obszar-metropolitalny').startDate).toBe('2022-11-23');
		expect(by('lgd-gosciniec-4-zywiolow').description).toContain('31 grudnia 2008');
		expect(by('bialostocki-obszar-funkcjonalny').description).toContain('Grabówka');
	});

	it('the LEADER group „Blisko Krakowa” stays apart from the functional area, with the reason listed', () => {
		expect(by('lgd-blisko-krakowa').members.map((m) => m.teryt)).toContain('1206162');
		expect(existing.find((p) => p.slug === 'blisko-krakowa')!.members).toHaveLength(5);
		expect(result.overlaps.map((o) => [o.slug, o.with, o.shared])).toEqual([
			['lgd-blisko-krakowa', 'blisko-krakowa', 5],
			['zmgk-chrzanow', 'zm-gospodarka-komunalna-elk', 0]
		]);
	});

	it('is deterministic, and the committed bundle holds what it builds', () => {
		expect(JSON.stringify(build().partnerships)).toBe(JSON.stringify(result.partnerships));
		const committed = bundled.filter(isOwn);
		expect(committed.map((p) => p.slug).sort()).toEqual(
			result.partnerships.map((p) => p.slug).sort()
		);
		for (const p of committed) {
			const { nameLang, descriptionLang, ...rest } = p as Partnership & Record<string, unknown>;
			expect(nameLang).toBe('pl');
			expect(descriptionLang).toBe('pl');
			expect(rest).toEqual(by(p.slug));
		}
	});
});

describe('bad rows stop the build with the file and row', () => {
	const csv = readFileSync(resolve(sourceDir, FILES.ownPages), 'utf8');
	const lines = csv.split('\n');
	const tmp = mkdtempSync(join(tmpdir(), 'mapa-own-'));
	afterAll(() => rmSync(tmp, { recursive: true, force: true }));
	/** The real file with data row `row` (1-based, under the header) changed by `edit`. */
	function variant(row: number, edit: (line: string) => string): string {
		const copy = [...lines];
		copy[row] = edit(copy[row]);
		const path = join(tmp, `variant-${row}-${Math.random().toString(36).slice(2)}.csv`);
		writeFileSync(path, copy.join('\n'));
		return path;
	}
	const fails = (path: string) => () => build(path);

	it('a code that is not in units.csv', () => {
		const path = variant(1, (l) => l.replace('1206012', '1206019'));
		expect(fails(path)).toThrow(`${path} row 1: TERYT 1206019 is not in data/boundaries/units.csv`);
	});
	it('a code that names another unit than the page', () => {
		const path = variant(2, (l) => l.replace('1206072', '1206092'));
		expect(fails(path)).toThrow(
			/row 2: TERYT 1206092 is "Mogilany" in units\.csv, the row names "Liszki"/
		);
	});
	it('an empty code without AMBIGUOUS', () => {
		const path = variant(3, (l) => l.replace('1206092', ''));
		expect(fails(path)).toThrow(/row 3: empty teryt, and the note does not say AMBIGUOUS/);
	});
	it('a powiat code on a gmina row', () => {
		const path = variant(1, (l) => l.replace('1206012,gmi', '1206,gmi'));
		expect(fails(path)).toThrow(/row 1: teryt "1206" is not a 7-digit code/);
	});
	it('a source that is not http(s)', () => {
		const path = variant(4, (l) => l.replace('https://www.zabierzow', 'ftp://www.zabierzow'));
		expect(fails(path)).toThrow(/row 4: source_url "ftp:\/\/www\.zabierzow/);
	});
	it('a partnership without our text', () => {
		const path = variant(5, (l) => l.replace('LGD „Blisko Krakowa”', 'LGD „Nowa”'));
		expect(fails(path)).toThrow(/row 5: partnership "LGD „Nowa”" has no entry in OWN_PAGE_TEXT/);
	});
	it('a member listed twice', () => {
		const path = variant(6, () => lines[5]);
		expect(fails(path)).toThrow(/row 6: TERYT 1206143 is listed twice/);
	});
	it('a member count other than the md states', () => {
		const path = join(tmp, 'short.csv');
		writeFileSync(path, lines.filter((_, i) => i !== 6).join('\n'));
		expect(fails(path)).toThrow(
			/"LGD „Blisko Krakowa”" should have 6 gminy and 0 powiaty \(OWN_PAGE_TEXT, from the md\), the file lists 5 and 0/
		);
	});
});
