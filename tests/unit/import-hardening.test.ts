/** Issue 11 on the import side: errors naming file, line and field; limits; links; drafts; dedup. */
import { describe, expect, it } from 'vitest';
import { setupDatabase } from '../../src/lib/server/setup';
import {
	PageParseError,
	looksLikeHtml,
	parsePracticePage
} from '../../src/lib/server/import/parse-page';
import { ImportError, importPracticePage } from '../../src/lib/server/import/import-practice';
import { getPractice } from '../../src/lib/server/records/read';
import { RecordError, practiceSnapshot, savePractice } from '../../src/lib/server/records/write';
import { FIELD_LIMITS } from '../../src/lib/limits';
import { polishSortKey } from '../../src/lib/text';
import { fixture } from '../fixtures/page-fixture';

const seed = fixture('bdp-596-skrot.txt');
const db = setupDatabase(':memory:');

function parseError(input: string, fileName = 'plik.txt', draft = false): PageParseError {
	try {
		parsePracticePage(input, { fileName, draft });
	} catch (error) {
		expect(error).toBeInstanceOf(PageParseError);
		return error as PageParseError;
	}
	throw new Error('parsed without an error');
}

describe('import errors name the file, line and field, in Polish and English', () => {
	it.each([
		['0000-00-00', 43],
		['2015-13-01', 43],
		['2015-02-29', 43],
		['2015-04-31', 43]
	])('%s is not a date (no "Invalid time value")', (date, line) => {
		const error = parseError(seed.replace('2015-04-28', date));
		expect(error.message).toBe(
			`plik.txt:${line}: pole „Data wprowadzenia do BDP”: „${date}” nie jest datą (RRRR-MM-DD) / field "Data wprowadzenia do BDP": "${date}" is not a date (YYYY-MM-DD)`
		);
		expect(error.field).toBe('Data wprowadzenia do BDP');
		expect(error.line).toBe(line);
	});

	it('accepts a real leap day', () => {
		expect(parsePracticePage(seed.replace('2015-04-28', '2016-02-29')).dateAdded).toBe(
			'2016-02-29'
		);
	});

	it('refuses an over-long title, naming field and limit', () => {
		const title = 'Tytuł '.repeat(100);
		const error = parseError(seed.replace(/^Podkrakowski obszar.*$/m, title));
		expect(error.message).toMatch(
			/^plik\.txt:\d+: pole „tytuł”: 599 znaków, dozwolone 500 \/ field "title": 599 characters, at most 500 allowed$/
		);
	});

	it('refuses a summary over its limit and a Metryka value over its limit', () => {
		const long = 'a'.repeat(FIELD_LIMITS.summary.maxLength + 1);
		expect(parseError(seed.replace('W skład Podkrakowskiego', long)).message).toMatch(
			/pole „skrót”/
		);
		const street = parseError(seed.replace('Rynek 1', 'R'.repeat(400)));
		expect(street.message).toMatch(/^plik\.txt:\d+: pole „Ulica”: 400 znaków, dozwolone 300/);
	});
});

describe('text is text, HTML is HTML', () => {
	it('a text page that mentions <a  and <p> is read as text', () => {
		const text = seed.replace(
			'W skład Podkrakowskiego',
			'Na stronie gminy (<a href="x">tutaj</a>) i w akapicie <p> opisano, że W skład Podkrakowskiego'
		);
		expect(looksLikeHtml(text)).toBe(false);
		const page = parsePracticePage(text, { fileName: 'tekst.txt' });
		expect(page.summary).toContain('<a href="x">tutaj</a>');
		expect(page.locality).toBe('Skawina');
	});

	it('an HTML page is HTML, by its start or its tag density', () => {
		expect(looksLikeHtml(fixture('bdp-596-skrot.html'))).toBe(true);
		expect(looksLikeHtml('\ufeff  <!DOCTYPE html><title>x</title>')).toBe(true);
		expect(looksLikeHtml('<div>a</div><div>b</div>\n<p>c</p><br>')).toBe(true);
		expect(looksLikeHtml('jeden <p> dwa <br> trzy')).toBe(false);
	});
});

describe('control characters', () => {
	it('are removed anywhere, with a warning that says where', () => {
		const text = seed + '\n'.repeat(2) + 'x'.repeat(9000); // past the first 8 KB
		const dirty = text.replace('Rynek 1', 'Rynek\u001b 1').replace('Skawina\n', 'Ska\u0007wina\n');
		const page = parsePracticePage(dirty, { fileName: 'esc.txt' });
		expect(page.street).toBe('Rynek 1');
		expect(page.warnings[0]).toMatch(/^usunięto 2 znak\(ów\) sterujących, pierwszy w wierszu \d+/);
		expect(JSON.stringify(page)).not.toMatch(/\\u00(0|1)[0-9a-f]/);
	});

	it('a NUL anywhere refuses the file with its position', () => {
		const text = seed + 'x'.repeat(9000) + '\nab\u0000';
		const error = parseError(text, 'nul.txt');
		const line = text.split('\n').length;
		expect(error.message).toMatch(new RegExp(`^nul\\.txt:${line}: znak NUL w kolumnie 3`));
	});
});

describe('incomplete pages: refused, or stored as drafts with --draft', () => {
	const cut = seed.slice(0, seed.indexOf('Liczba mieszkańców')); // no Metryka end
	const noLocality = seed.replace(/^Miejscowość:.*\n/m, '');

	it('a page cut inside its Metryka is refused with the reason', () => {
		const error = parseError(cut, 'cut.txt');
		expect(error.message).toMatch(
			/^cut\.txt:\d+: blok „Metryka praktyki” nie ma końca .*--draft.* \/ the "Metryka praktyki" block has no end/
		);
	});

	it('a page without a required field is refused, naming it', () => {
		expect(parseError(noLocality).message).toMatch(/wymaganego pola „Miejscowość”/);
	});

	it('with --draft it is stored as a draft, with its warnings', () => {
		const text = cut.replace(/Blisko Krakowa/g, 'Blisko Szkicowa');
		const before = (
			db.$client.prepare('SELECT count(*) AS n FROM practices').get() as { n: number }
		).n;
		expect(() => importPracticePage(db, text, 'cut.txt')).toThrow(/cut\.txt:\d+: blok/);
		const r = importPracticePage(db, text, 'cut.txt', { draft: true });
		expect(r).toMatchObject({ status: 'created', draft: true });
		expect(r.warnings.some((w) => w.startsWith('draft: line'))).toBe(true);
		expect(practiceSnapshot(db, r.id!).status).toBe('draft');
		const after = (db.$client.prepare('SELECT count(*) AS n FROM practices').get() as { n: number })
			.n;
		expect(after).toBe(before + 1);
	});
});

describe('links', () => {
	const attachments = fixture('bdp-596-zalaczniki.txt');

	it('in a text page only http(s) and www. addresses are taken for links', () => {
		const text = attachments.replace(
			'http://www.razembliskokrakowa.pl/pliki/mapa_obszaru.jpg',
			'javascript:alert(1)//mapa_obszaru.jpg'
		);
		const page = parsePracticePage(text, { fileName: 'zal.txt' });
		expect(page.attachments?.at(-1)).toMatchObject({ fileName: 'mapa_obszaru.jpg', url: null });
	});

	it('an HTML attachment link with javascript: or data: is refused too', () => {
		for (const href of [
			'javascript:alert(1)',
			'JaVaScRiPt:alert(1)',
			'data:text/html,x',
			'vbscript:x'
		]) {
			const html = `<html><body><div>Współpraca między JST : Praktyki</div><h2>Tytuł praktyki</h2>
				<div>.: <a href="index.php?p1=6&amp;art=596&amp;s=2">Skrót i Metryka</a> -&gt; <b>Załączniki</b> :.</div>
				<ul><li><a href="${href}">Strategia.pdf</a></li></ul></body></html>`;
			expect(() => parsePracticePage(html, { fileName: 'x.html' })).toThrow(
				/^x\.html: .*pole „adres załącznika”/
			);
		}
	});

	it('relative attachment links are not stored without the page address', () => {
		const html = `<html><body><div>Współpraca między JST : Praktyki</div><h2>Względne linki</h2>
			<div>.: <a href="index.php?p1=6&amp;art=9001&amp;s=2">Skrót i Metryka</a> -&gt; <b>Załączniki</b> :.</div>
			<ul><li><a href="pliki/a.pdf">Strategia</a> (PDF, 1 MB)</li></ul></body></html>`;
		const r = importPracticePage(db, html, 'rel.html');
		const p = practiceSnapshot(db, r.id!);
		expect(p.attachments?.[0]).toMatchObject({ fileName: 'a.pdf', url: null });
		expect(p.sourceUrl).toBeNull();
		expect(r.warnings.join('\n')).toMatch(/adres względny „pliki\/a\.pdf” pominięty/);
		// with a canonical address the same link resolves
		const withBase = html
			.replace(
				'<html>',
				'<html><head><link rel="canonical" href="https://bdp.example/index.php?p1=6&amp;art=9002"></head>'
			)
			.replace('art=9001', 'art=9002')
			.replace('Względne linki', 'Względne linki 2');
		const p2 = practiceSnapshot(db, importPracticePage(db, withBase, 'rel2.html').id!);
		expect(p2.attachments?.[0].url).toBe('https://bdp.example/pliki/a.pdf');
		expect(p2.sourceUrl).toBe('https://bdp.example/index.php?p1=6&art=9002&s=2');
	});

	it('savePractice refuses an unsafe website, source or attachment URL, naming the field', () => {
		const base = practiceSnapshot(db, 1);
		const at = (patch: object) => () => savePractice(db, { ...base, ...patch }, 1);
		expect(at({ metryka: { ...base.metryka, websites: ['javascript:alert(1)'] } })).toThrow(
			/pole „Witryna internetowa”: "javascript:alert\(1\)": dozwolone są tylko adresy http:, https: i mailto:/
		);
		expect(at({ sources: [{ name: 'x', url: 'data:text/html,x', verifiedAt: null }] })).toThrow(
			/pole „adres źródła”/
		);
		expect(
			at({
				attachments: [
					{ fileName: 'a.pdf', title: null, fileType: null, sizeBytes: null, url: '//evil' }
				]
			})
		).toThrow(/pole „adres załącznika”/);
		expect(at({ title: 'x'.repeat(501) })).toThrow(RecordError);
		expect(practiceSnapshot(db, 1)).toEqual(base);
	});
});

describe('repeated values are stored once', () => {
	it('websites, contacts, keywords, attachments and sources', () => {
		const base = practiceSnapshot(db, 1);
		const site = base.metryka.websites[0] ?? 'www.example.pl';
		const contact = { name: 'Jan Kowalski', role: 'sekretarz' };
		const a = { fileName: 'a.pdf', title: 'A', fileType: 'pdf', sizeBytes: null, url: null };
		savePractice(
			db,
			{
				...base,
				keywords: ['obszar', 'Obszar ', 'obszar', 'gminy'],
				metryka: {
					...base.metryka,
					websites: [site, site, ` ${site} `],
					contacts: [contact, { ...contact }, { name: 'Jan Kowalski', role: 'koordynator' }]
				},
				attachments: [a, { ...a, sizeBytes: 1024, url: 'https://x.pl/a.pdf' }],
				sources: [...base.sources, ...base.sources]
			},
			1
		);
		const p = getPractice(1, db)!;
		expect(p.metryka.websites).toEqual([site]);
		expect(p.metryka.contacts).toEqual([{ name: 'Jan Kowalski', role: 'sekretarz, koordynator' }]);
		expect(p.keywords).toEqual(['obszar', 'gminy']);
		expect(p.attachments).toHaveLength(1);
		expect(p.attachments?.[0]).toMatchObject({
			fileName: 'a.pdf',
			sizeBytes: 1024,
			url: 'https://x.pl/a.pdf'
		});
		expect(p.sources).toHaveLength(base.sources.length);
	});
});

describe('size limits of the import', () => {
	it('refuses a file over the limit, naming size and limit', () => {
		expect(() => importPracticePage(db, seed, 'duzy.txt', { maxBytes: 1000 })).toThrow(ImportError);
		expect(() => importPracticePage(db, seed, 'duzy.txt', { maxBytes: 1000 })).toThrow(
			/^duzy\.txt: plik ma \d+ bajtów, dozwolone 1000 .* \/ the file has \d+ bytes, at most 1000 allowed/
		);
	});
});

describe('polishSortKey', () => {
	it('is linear: a 1 MB title', () => {
		expect(polishSortKey('Żółw '.repeat(200_000)).length).toBe(1_000_000 - 1);
	});
});
