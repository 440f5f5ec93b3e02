/**
 * The old database's page parser and its HTML-to-text step, on the real seed page and variants.
 * Over 300 lines: one describe block per part of the page, over the same fixtures.
 */
import { describe, it, expect } from 'vitest';
import { htmlToText, decodeEntities } from '../../src/lib/server/import/html-to-text';
import {
	PageParseError,
	parsePracticePage,
	type ParsedPractice
} from '../../src/lib/server/import/parse-page';
import { SEED_596_METRYKA } from '../fixtures/seed-596';
import { fixture } from '../fixtures/page-fixture';

const parseFixture = (name: string) => parsePracticePage(fixture(name), { fileName: name });

/** Runs the parser and returns the PageParseError it must throw. */
function parseError(input: string, fileName: string): PageParseError {
	try {
		parsePracticePage(input, { fileName });
	} catch (error) {
		expect(error).toBeInstanceOf(PageParseError);
		return error as PageParseError;
	}
	throw new Error(`${fileName} parsed without an error`);
}

const FIVE_GMINY = [
	'Gmina Czernichów',
	'Gmina Liszki',
	'Gmina Mogilany',
	'Gmina Skawina',
	'Gmina Świątniki Górne'
];

/** What the seed page (text and HTML alike) says in its Metryka. */
function expectSeedMetryka(page: ParsedPractice) {
	expect(page).toMatchObject({
		section: 'Współpraca między JST',
		sectionSlug: 'wspolpraca-miedzy-jst',
		title:
			'Podkrakowski obszar funkcjonalny Blisko Krakowa, - „od kasy do współpracy” – historia budowania partnerstwa',
		view: 'summary',
		presentation: null,
		attachments: null,
		...SEED_596_METRYKA,
		mentionedUnits: FIVE_GMINY,
		warnings: []
	});
}

describe('parsePracticePage: the real "Skrót i Metryka" page (text)', () => {
	const page = parseFixture('bdp-596-skrot.txt');

	it('reads the section, title and every Metryka field', () => {
		expectSeedMetryka(page);
		expect(page.artId).toBeNull();
		expect(page.sourceUrl).toBeNull();
	});

	it('keeps the summary paragraphs and nothing of the site around them', () => {
		const summary = page.summary ?? '';
		expect(summary.startsWith('W skład Podkrakowskiego Obszaru Funkcjonalnego')).toBe(true);
		expect(summary.endsWith('w realizacji polityk publicznych.')).toBe(true);
		expect(summary.split('\n\n')).toHaveLength(4);
		// Word's bullet glyph (U+F0A7) and the nbsp after it are gone
		expect(summary).toContain('\n- pierwszym poziomem było');
		for (const chrome of [
			'Strona główna',
			'gości odwiedziło',
			'Wsparcie udzielone',
			'Metryka',
			':.'
		])
			expect(summary).not.toContain(chrome);
		expect(page.title).not.toMatch(/Praktyki|Strona/);
	});
});

describe('parsePracticePage: the same page as HTML', () => {
	const html = fixture('bdp-596-skrot.html');
	const page = parsePracticePage(html, { fileName: 'bdp-596-skrot.html' });

	it('parses to the same fields as the text, plus the practice id and URL', () => {
		expectSeedMetryka(page);
		const fromText = parseFixture('bdp-596-skrot.txt');
		expect(page).toEqual({ ...fromText, artId: page.artId, sourceUrl: page.sourceUrl });
		expect(page.artId).toBe(596);
		// the tab links beat the "Ostatnio dodane" link to art=595 in the menu
		expect(page.sourceUrl).toBe('index.php?p1=6&p2=20&art=596&s=2');
	});

	it('accepts the view tabs as a list, one tab per line', () => {
		const tabLine = /<div class="zakladki">[\s\S]*?<\/div>/g;
		const asList =
			'<ul class="zakladki"><li><b>Skr&oacute;t i Metryka</b></li>' +
			'<li><a href="index.php?p1=6&amp;p2=20&amp;art=596&amp;s=3">Pe&#322;na prezentacja</a></li>' +
			'<li><a href="index.php?p1=6&amp;p2=20&amp;art=596&amp;s=4">Za&#322;&#261;czniki</a></li></ul>';
		const result = parsePracticePage(html.replace(tabLine, asList));
		expect(result).toEqual(page);
	});

	it('leaves script, style, head and comments out of the text', () => {
		const text = htmlToText(html);
		expect(text).not.toMatch(/Skryptowa|Komentarzowa|font:|Baza Dobrych Praktyk -/);
		expect(text).toContain('Data wprowadzenia do BDP:\t2015-04-28');
		expect(text).toContain('Osoby kontaktowe:\tTomasz Ożóg\nzastępca Burmistrza');
	});

	it('normalises the URL to the s=2 view and keeps the host of canonical/og:url', () => {
		const withCanonical = html.replace(
			'<link rel="stylesheet"',
			'<link rel="canonical" href="https://archiwum.dobrepraktyki.pl/index.php?p1=6&amp;p2=20&amp;art=596&amp;s=4&amp;PHPSESSID=ab12">\n<link rel="stylesheet"'
		);
		const result = parsePracticePage(withCanonical);
		expect(result.artId).toBe(596);
		expect(result.sourceUrl).toBe(
			'https://archiwum.dobrepraktyki.pl/index.php?p1=6&p2=20&art=596&s=2'
		);
		const withOg = html.replace(
			'<title>',
			'<meta property="og:url" content="https://dobrepraktyki.pl/index.php?p1=6&amp;p2=20&amp;art=596">\n<title>'
		);
		expect(parsePracticePage(withOg).sourceUrl).toBe(
			'https://dobrepraktyki.pl/index.php?p1=6&p2=20&art=596&s=2'
		);
	});

	it('finds the practice URL anywhere in a text rendering', () => {
		const text =
			fixture('bdp-596-skrot.txt') +
			'\nŹródło: https://archiwum.dobrepraktyki.pl/index.php?p1=6&p2=20&art=596&s=3\n';
		const result = parsePracticePage(text);
		expect(result.artId).toBe(596);
		expect(result.sourceUrl).toBe(
			'https://archiwum.dobrepraktyki.pl/index.php?p1=6&p2=20&art=596&s=2'
		);
	});
});

describe('parsePracticePage: other views', () => {
	it('reads a "Pełna prezentacja" page', () => {
		const page = parseFixture('bdp-596-prezentacja.txt');
		expect(page.view).toBe('presentation');
		expect(page.summary).toBeNull();
		expect(page.attachments).toBeNull();
		expect(page.presentation?.startsWith('Opis sytuacji przed wdrożeniem\nPięć gmin')).toBe(true);
		expect(page.presentation).toContain('\n\nRezultaty\n');
		expect(page.presentation).not.toMatch(/Wsparcie udzielone|:\./);
		expect(page.mentionedUnits).toEqual(FIVE_GMINY);
		expect(page.dateAdded).toBeNull();
		expect(page.websites).toEqual([]);
		expect(page.warnings).toEqual([]);
	});

	it('reads a "Załączniki" page into a list of files', () => {
		const page = parseFixture('bdp-596-zalaczniki.txt');
		expect(page.view).toBe('attachments');
		expect(page.summary).toBeNull();
		expect(page.attachments).toEqual([
			{
				name: 'Zintegrowana Strategia Rozwoju Obszaru Funkcjonalnego',
				fileName: null,
				extension: 'pdf',
				size: '2,4 MB',
				sizeBytes: Math.round(2.4 * 1024 * 1024),
				url: null
			},
			{
				name: 'porozumienie_partnerskie_2013.pdf',
				fileName: 'porozumienie_partnerskie_2013.pdf',
				extension: 'pdf',
				size: '312 KB',
				sizeBytes: 312 * 1024,
				url: null
			},
			{
				name: 'Harmonogram spotkań zespołu roboczego',
				fileName: null,
				extension: 'doc',
				size: null,
				sizeBytes: null,
				url: null
			},
			{
				name: 'Mapa obszaru',
				fileName: 'mapa_obszaru.jpg',
				extension: 'jpg',
				size: null,
				sizeBytes: null,
				url: 'http://www.razembliskokrakowa.pl/pliki/mapa_obszaru.jpg'
			}
		]);
		expect(page.warnings).toEqual([]);
	});

	it('takes attachment URLs from the links of an HTML page', () => {
		const html = `<html><body>
			<div>Współpraca między JST : Praktyki</div>
			<h2>Podkrakowski obszar funkcjonalny Blisko Krakowa</h2>
			<div>.: <a href="index.php?p1=6&amp;p2=20&amp;art=596&amp;s=2">Skrót i Metryka</a> -&gt;
			<a href="index.php?p1=6&amp;p2=20&amp;art=596&amp;s=3">Pełna prezentacja</a> -&gt;
			<b>Załączniki</b> :.</div>
			<ul><li><a href="pliki/596/strategia.pdf">Strategia obszaru</a> (PDF, 1.5 MB)</li>
			<li><a href="pliki/596/lista.xls">Lista spotkań</a></li></ul>
			</body></html>`;
		const page = parsePracticePage(html);
		expect(page.view).toBe('attachments');
		expect(page.artId).toBe(596);
		expect(page.attachments).toEqual([
			{
				name: 'Strategia obszaru',
				fileName: 'strategia.pdf',
				extension: 'pdf',
				size: '1.5 MB',
				sizeBytes: Math.round(1.5 * 1024 * 1024),
				url: 'pliki/596/strategia.pdf'
			},
			{
				name: 'Lista spotkań',
				fileName: 'lista.xls',
				extension: 'xls',
				size: null,
				sizeBytes: null,
				url: 'pliki/596/lista.xls'
			}
		]);
	});
});

describe('parsePracticePage: Metryka variants', () => {
	const page = parseFixture('bdp-596-dwie-osoby.txt');

	it('pairs several contact persons with their roles', () => {
		expect(page.contacts).toEqual([
			{ name: 'Jan Kowalski', role: 'kierownik Referatu Rozwoju, tel. 12 277-01-02' },
			{ name: 'Anna Nowak', role: 'koordynatorka partnerstwa' }
		]);
	});

	it('accepts other spacing, order and spelling of the labels', () => {
		expect(page).toMatchObject({
			dateUpdated: '2015-07-14',
			locality: 'Skawina',
			wojewodztwo: 'małopolskie',
			powiat: 'krakowski',
			phone: '12 277-01-00, 12 277-01-01',
			websites: ['http://www.razembliskokrakowa.pl/'],
			population: 43598,
			postalCode: '32-050',
			postOffice: 'Skawina'
		});
	});

	it('keeps an unknown labelled line and warns about it', () => {
		expect(page.extraFields).toEqual([{ label: 'E-mail', value: 'sekretariat@example.pl' }]);
		expect(page.warnings).toEqual(['line 47: unknown Metryka field "E-mail:"']);
	});

	it('does not take a job title for a second person', () => {
		const text = fixture('bdp-596-skrot.txt').replace(
			'zastępca Burmistrza Miasta i Gminy Skawina ds. rozwoju',
			'Burmistrz Skawiny\n\u00a0Anna Nowak\n\u00a0Sekretarz Gminy'
		);
		expect(parsePracticePage(text).contacts).toEqual([
			{ name: 'Tomasz Ożóg', role: 'Burmistrz Skawiny' },
			{ name: 'Anna Nowak', role: 'Sekretarz Gminy' }
		]);
	});

	it('does not mistake inherited object keys for labels', () => {
		const text = fixture('bdp-596-skrot.txt').replace('Ulica:', 'Constructor:');
		const result = parsePracticePage(text);
		expect(result.street).toBeNull();
		expect(result.extraFields).toEqual([{ label: 'Constructor', value: 'Rynek 1' }]);
	});

	it('warns about values it cannot read, without failing', () => {
		const text = fixture('bdp-596-skrot.txt')
			.replace('43.598', 'ok. 43 tys.')
			.replace('32-050 Skawina', 'Skawina');
		const result = parsePracticePage(text);
		expect(result.population).toBeNull();
		expect(result.postalCode).toBeNull();
		expect(result.postOffice).toBe('Skawina');
		expect(result.warnings).toEqual([
			'no postal code (NN-NNN) in "Skawina"',
			'population "ok. 43 tys." is not a whole number'
		]);
	});
});

describe('parsePracticePage: broken input', () => {
	it('rejects an empty file', () => {
		const error = parseError(fixture('broken-empty.txt'), 'broken-empty.txt');
		expect(error.message).toBe('broken-empty.txt: plik jest pusty / the file is empty');
		expect(parseError(' \n\t\n', 'blank.txt').reason).toBe('the file is empty');
	});

	it('rejects binary data', () => {
		const error = parseError(fixture('broken-binary.png'), 'broken-binary.png');
		expect(error.message).toMatch(
			/^broken-binary\.png: plik nie jest czytelnym tekstem.* \/ the file is not readable text/
		);
	});

	it('rejects a site page that is not a practice', () => {
		const error = parseError(fixture('broken-not-a-practice.txt'), 'broken-not-a-practice.txt');
		expect(error.message).toMatch(
			/^broken-not-a-practice\.txt: brak wiersza działu.* \/ no section line/
		);
		expect(error.fileName).toBe('broken-not-a-practice.txt');
	});

	it('rejects a practice page without its Metryka or any other content', () => {
		const error = parseError(fixture('broken-no-metryka.txt'), 'broken-no-metryka.txt');
		expect(error.message).toMatch(
			/^broken-no-metryka\.txt:25: brak treści.* \/ no recognizable content/
		);
		expect(error.line).toBe(25);
	});

	it('rejects a section line without a title', () => {
		const text = 'Współpraca między JST : Praktyki\n\n.: Skrót i Metryka -> Pełna prezentacja :.\n';
		const error = parseError(text, 'no-title.txt');
		expect(error.message).toBe(
			'no-title.txt:1: brak tytułu po wierszu działu / no title after the section line'
		);
	});

	it('rejects an invalid date, naming the field and the line', () => {
		const error = parseError(fixture('broken-invalid-date.txt'), 'broken-invalid-date.txt');
		expect(error.message).toBe(
			'broken-invalid-date.txt:44: pole „Data aktualizacji”: „2015-02-30” nie jest datą (RRRR-MM-DD) / field "Data aktualizacji": "2015-02-30" is not a date (YYYY-MM-DD)'
		);
		expect(error.line).toBe(44);
		const dotted = fixture('bdp-596-skrot.txt').replace('2015-04-28', '28.04.2015');
		expect(parseError(dotted, 'dotted.txt').message).toMatch(
			/^dotted\.txt:43: pole „Data wprowadzenia do BDP”: „28\.04\.2015” nie jest datą/
		);
	});
});

describe('parsePracticePage: damaged pages', () => {
	it('either parses or throws PageParseError, wherever the HTML is cut', () => {
		const html = fixture('bdp-596-skrot.html');
		for (let at = 0; at < html.length; at += 53) {
			for (const damaged of [
				html.slice(0, at),
				html.slice(at),
				html.slice(0, at) + html.slice(at + 40)
			]) {
				try {
					parsePracticePage(damaged, { fileName: 'cut.html' });
				} catch (error) {
					expect(error).toBeInstanceOf(PageParseError);
					expect((error as PageParseError).message).toMatch(/^cut\.html: /);
				}
			}
		}
	});
});

describe('mentionedUnits', () => {
	it('splits lists and keeps multi-word and hyphenated names', () => {
		const text = fixture('bdp-596-prezentacja.txt').replace(
			'Opis sytuacji przed wdrożeniem\n',
			'Opis sytuacji przed wdrożeniem\nGmina Miejska Kościerzyna, Gmina Kazimierz Dolny oraz Gmina Kędzierzyn-Koźle. Gminy Skawina nie liczymy.\n'
		);
		expect(parsePracticePage(text).mentionedUnits.slice(0, 3)).toEqual([
			'Gmina Miejska Kościerzyna',
			'Gmina Kazimierz Dolny',
			'Gmina Kędzierzyn-Koźle'
		]);
	});
});

describe('htmlToText', () => {
	it('turns block elements into lines and paragraphs into blank-line-separated blocks', () => {
		expect(
			htmlToText('<div>a</div><div>b</div><p>c</p><p>d<br>e</p><ul><li>f</li><li>g</li></ul>')
		).toBe('a\nb\n\nc\n\nd\ne\n\nf\ng');
		expect(htmlToText('<table><tr><td>x</td><td> y </td></tr><tr><th>z</th></tr></table>')).toBe(
			'x\ty\nz'
		);
		expect(htmlToText('<h1>T</h1>\n  <section>s</section><article>a</article>')).toBe('T\ns\na');
	});

	it('decodes named, decimal, hex and windows-1250-era entities', () => {
		expect(decodeEntities('Skr&oacute;t &#261;&#x119; &Lstrok;&oacute;d&zacute; &amp; co')).toBe(
			'Skrót ąę Łódź & co'
		);
		expect(decodeEntities('&#132;Blisko&#148; &bdquo;x&rdquo; a&nbsp;b &unknown; &#0;')).toBe(
			'„Blisko” „x” a\u00a0b &unknown; \ufffd'
		);
		expect(decodeEntities('p1=6&copy=2 &amp')).toBe('p1=6&copy=2 &');
		expect(decodeEntities('&constructor; &toString;')).toBe('&constructor; &toString;');
	});

	it('survives malformed and nested markup', () => {
		expect(htmlToText('<p>a <b>b <i>c</b> d</i></span></p><p>e < f & g')).toBe(
			'a b c d\n\ne < f & g'
		);
		expect(htmlToText('<div><p>unclosed<div>next</div>')).toBe('unclosed\nnext');
		expect(htmlToText('<p title="x>y">text</p><p class=\'q>\n<b>unbalanced')).toBe(
			'text\n\nunbalanced'
		);
		expect(htmlToText('<p>text</p><p class="cut off')).toBe('text');
		expect(htmlToText('<script>if (a < b) document.write("<p>no</p>")')).toBe('');
		expect(htmlToText('<head><title>t</title><div>body without body tag</div>')).toBe(
			'body without body tag'
		);
		// lines are normalised even in <pre>, but its line breaks stay
		expect(htmlToText('<pre>  two  spaces\n  kept</pre>')).toBe('two spaces\nkept');
	});
});
