import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { readCsvObjects } from '../../src/lib/csv';
import {
	createUnitIndex,
	foldPolish,
	looksLikeLocalGovernment,
	matchUnit,
	parseUnitName,
	resolveWojewodztwo,
	slugify,
	type MatchResult,
	type UnitLevel,
	type UnitRef
} from '../../src/lib/units/match';

// The real register (TERC 2026, all 2479 gminy): namesakes are what makes matching hard.
const units: UnitRef[] = readCsvObjects(
	readFileSync(fileURLToPath(new URL('../../data/boundaries/units.csv', import.meta.url)), 'utf8')
).map((r) => ({
	code: r.code,
	level: r.level as UnitLevel,
	name: r.name,
	wojCode: r.woj,
	powCode: r.pow || null
}));
const index = createUnitIndex(units);

function teryt(result: MatchResult): string | null {
	return result.status === 'matched' ? result.teryt : null;
}

describe('foldPolish', () => {
	it('strips diacritics including ł, which NFD does not decompose', () => {
		expect(foldPolish('Łódź')).toBe('lodz');
		expect(foldPolish('ŁÓDŹ')).toBe('lodz');
		expect(foldPolish('Świątniki Górne')).toBe('swiatniki gorne');
		expect(foldPolish('Gołdap')).toBe('goldap');
		expect(foldPolish('żółć')).toBe('zolc');
	});

	it('folds punctuation and runs of white space to single spaces', () => {
		expect(foldPolish('  Bielsko-Biała ')).toBe('bielsko biala');
		expect(foldPolish('Kędzierzyn - Koźle')).toBe('kedzierzyn kozle');
		expect(foldPolish('„Blisko\tKrakowa”')).toBe('blisko krakowa');
	});

	it('makes ASCII slugs cut at a word boundary', () => {
		expect(slugify('Podkrakowski Obszar Funkcjonalny „Blisko Krakowa”')).toBe(
			'podkrakowski-obszar-funkcjonalny-blisko-krakowa'
		);
		expect(slugify('a'.repeat(10) + ' ' + 'b'.repeat(10), 15)).toBe('aaaaaaaaaa');
	});
});

describe('matchUnit: gminy', () => {
	it('matches unique names with or without type words', () => {
		expect(teryt(matchUnit(index, 'Gmina Świątniki Górne'))).toBe('1206143');
		expect(teryt(matchUnit(index, 'Skawina'))).toBe('1206113');
		expect(teryt(matchUnit(index, 'GMINA ZAWOJA'))).toBe('1215082');
		expect(teryt(matchUnit(index, 'Miasto Kraków'))).toBe('1261011');
	});

	it('reads the locative after "w": Urząd Miasta i Gminy w Skawinie', () => {
		const r = matchUnit(index, 'Urząd Miasta i Gminy w Skawinie');
		expect(teryt(r)).toBe('1206113');
	});

	it('refuses to pick between namesakes without a type word or hint', () => {
		const r = matchUnit(index, 'Bolesławiec');
		expect(r.status).toBe('ambiguous');
		if (r.status === 'ambiguous') expect(r.candidates).toEqual(['0201011', '0201022', '1018013']);
		expect(matchUnit(index, 'Nowa Wieś').status).not.toBe('matched');
	});

	it('uses "Gmina Miejska" / "Miasto" / "Gmina Wiejska" to pick the gmina type', () => {
		expect(teryt(matchUnit(index, 'Gmina Miejska Bolesławiec'))).toBe('0201011');
		expect(teryt(matchUnit(index, 'Gmina Wiejska Bolesławiec', { wojewodztwo: '02' }))).toBe(
			'0201022'
		);
		// Two urban Bolesławiec exist (type 1 in dolnośląskie, type 3 in łódzkie).
		expect(matchUnit(index, 'Miasto Bolesławiec').status).toBe('ambiguous');
		expect(teryt(matchUnit(index, 'Miasto Bolesławiec', { wojewodztwo: 'dolnośląskie' }))).toBe(
			'0201011'
		);
	});

	it('matches foreign-language type words', () => {
		expect(teryt(matchUnit(index, 'Stadtgemeinde Żary'))).toBe('0811021');
		expect(teryt(matchUnit(index, 'Gmina Miejska Żary'))).toBe('0811021');
		expect(teryt(matchUnit(index, 'City of Nowy Dwór Mazowiecki'))).toBe('1414011');
		expect(teryt(matchUnit(index, 'Elk City Municipality'))).toBe('2805011');
		expect(teryt(matchUnit(index, 'Rural municipality of Giżycko'))).toBe('2806042');
		expect(teryt(matchUnit(index, 'Obec Kudowa-Zdrój'))).toBe('0208031');
		expect(teryt(matchUnit(index, 'Warsaw'))).toBe('1465011');
	});

	it('keeps English "Municipality" neutral between a town and its rural gmina', () => {
		expect(matchUnit(index, 'Municipality of Sejny').status).toBe('ambiguous');
		expect(matchUnit(index, 'Elk Municipality').status).toBe('ambiguous');
	});

	it('reads the bare Polish "Gmina X" as the rural gmina of an urban/rural pair', () => {
		expect(teryt(matchUnit(index, 'GMINA NOWY TARG'))).toBe('1211092');
		expect(teryt(matchUnit(index, 'GMINA MIASTO NOWY TARG'))).toBe('1211011');
		expect(teryt(matchUnit(index, 'Gmina Kościerzyna'))).toBe('2206042');
		// A town with no rural twin is still itself.
		expect(teryt(matchUnit(index, 'Gmina Cieszyn'))).toBe('2403011');
	});

	it('uses powiat and województwo hints to break ties between namesakes', () => {
		expect(matchUnit(index, 'Gmina Czernichów').status).toBe('ambiguous');
		expect(teryt(matchUnit(index, 'Gmina Czernichów', { powiat: 'krakowski' }))).toBe('1206012');
		expect(teryt(matchUnit(index, 'Gmina Radków', { nuts3: 'PL517  / Wałbrzyski' }))).toBe(
			'0208123'
		);
		expect(teryt(matchUnit(index, 'Nowa Karczma', { powiat: 'powiat kościerski' }))).toBe(
			'2206072'
		);
	});

	it('completes a truncated name from the town, within the hinted województwo only', () => {
		const r = matchUnit(index, 'Miasto Gorzów Wielkopolsk', { town: 'Gorzów Wielkopolski' });
		expect(teryt(r)).toBe('0861011');
		const g = matchUnit(index, 'Municipality of Grodzisk', {
			town: 'Grodzisk Mazowiecki',
			nuts3: 'PL12A  / Warszawski zachodni'
		});
		expect(teryt(g)).toBe('1405043');
	});

	it('says not found rather than guessing', () => {
		expect(matchUnit(index, 'Gmina Atlantyda').status).toBe('not found');
		expect(matchUnit(index, 'Muzeum Podkarpackie w Krośnie').status).toBe('not found');
		expect(matchUnit(index, 'Komenda Wojewódzka Policji we Wrocławiu').status).toBe('not found');
	});
});

describe('matchUnit: powiaty and województwa', () => {
	it('matches powiat names and English "County"/"District" forms', () => {
		expect(teryt(matchUnit(index, 'Powiat Krakowski'))).toBe('1206');
		expect(teryt(matchUnit(index, 'POWIAT ŻYWIECKI / ŻYWIECKY OKRES'))).toBe('2417');
		expect(teryt(matchUnit(index, 'Elk County'))).toBe('2805');
		expect(teryt(matchUnit(index, 'Giżycko District/District Education Centre'))).toBe('2806');
		// Two powiaty krośnieńskie: podkarpackie and lubuskie.
		expect(matchUnit(index, 'Powiat Krośnieński').status).toBe('ambiguous');
		expect(
			teryt(matchUnit(index, 'Powiat Krośnieński', { wojewodztwo: 'PL32 / Podkarpackie' }))
		).toBe('1807');
	});

	it('keeps "District Municipality" ambiguous when both a gmina and a powiat fit', () => {
		const r = matchUnit(index, 'Pisz District Municipality');
		expect(r.status).toBe('ambiguous');
		if (r.status === 'ambiguous') expect(r.candidates).toEqual(['2816', '2816033']);
	});

	it('matches województwa in Polish, English and genitive forms', () => {
		expect(teryt(matchUnit(index, 'Województwo Małopolskie'))).toBe('12');
		expect(teryt(matchUnit(index, 'WOJEWÓDZTWO DOLNOŚLĄSKIE – URZĄD MARSZAŁKOWSKI'))).toBe('02');
		expect(teryt(matchUnit(index, 'Województwo Dolnośląskie-Instytut Rozwoju'))).toBe('02');
		expect(teryt(matchUnit(index, 'Lower Silesian Voivodeship'))).toBe('02');
		expect(teryt(matchUnit(index, 'Małopolska Region'))).toBe('12');
		expect(teryt(matchUnit(index, 'Kujawsko - Pomorskie Voivodehip'))).toBe('04');
		expect(teryt(matchUnit(index, 'Self-Government of the Masowieckie Voivodeship'))).toBe('14');
		expect(teryt(matchUnit(index, 'Urząd Marszałkowski Województwa Śląskiego'))).toBe('24');
		expect(resolveWojewodztwo(index, 'Urząd Marszałkowski Województwa Śląskiego')?.code).toBe('24');
		expect(resolveWojewodztwo(index, 'PL21  / Małopolskie')?.code).toBe('12');
	});

	it('does not take the voivode office or a voivodeship hospital for the self-government', () => {
		expect(matchUnit(index, 'Voivodeship Office in Opole').status).toBe('not found');
		expect(matchUnit(index, 'Dr Ludwik Rydygier Voivodeship hospital in Suwalki').status).toBe(
			'not found'
		);
	});
});

describe('looksLikeLocalGovernment and parseUnitName', () => {
	it('tells local governments from their institutions and from associations of them', () => {
		expect(looksLikeLocalGovernment(index, 'Gmina Brenna')).toBe(true);
		expect(looksLikeLocalGovernment(index, 'Lublin')).toBe(true);
		expect(looksLikeLocalGovernment(index, 'Punsk Community')).toBe(true);
		expect(looksLikeLocalGovernment(index, 'Ośrodek Promocji Kultury i Sportu Gminy Brenna')).toBe(
			false
		);
		expect(looksLikeLocalGovernment(index, 'Stowarzyszenie Gmin Polskich Euroregionu')).toBe(false);
		expect(looksLikeLocalGovernment(index, 'Gdansk University of Technology')).toBe(false);
		expect(looksLikeLocalGovernment(index, 'Polish Waters')).toBe(false);
	});

	it('reads names that contain type words as names', () => {
		expect(teryt(matchUnit(index, 'Gmina Nowe Miasto nad Pilicą'))).toBe('1406083');
		expect(teryt(matchUnit(index, 'Gmina Miejska Górka'))).toBe('3022033');
		expect(teryt(matchUnit(index, 'Gmina Gołymin-Ośrodek'))).toBe('1402042');
		expect(teryt(matchUnit(index, 'Gmina Police'))).toBe('3211043');
		expect(teryt(matchUnit(index, 'Powiat Tarnów'))).toBe('1263');
	});

	it('reads type words and the name proper', () => {
		const p = parseUnitName('GMINA ŻARY O STATUSIE MIEJSKIM');
		expect(p.core).toBe('zary');
		expect([...(p.rodz ?? [])]).toEqual(['1']);
		expect(p.plainGmina).toBe(false);
		expect(parseUnitName('Gmina Nowa Ruda').plainGmina).toBe(true);
	});
});

describe('matchUnit over the whole register', () => {
	// Every unit, written the way a partner list would write it, must come back as itself with
	// its powiat and województwo as hints, and without hints as itself or as a tie, never as another
	// unit. This catches names that hold type words ("Nowe Miasto", "Miejska Górka") and
	// bracketed official names ("Słupia (Jędrzejowska)").
	const written = (u: UnitRef): string[] => {
		if (u.level === 'woj') return [`Województwo ${u.name}`];
		if (u.level === 'pow') return [u.name.replace(/^powiat/, 'Powiat')];
		const type = u.code[6];
		if (type === '1') return [`Gmina Miejska ${u.name}`, `Miasto ${u.name}`, `City of ${u.name}`];
		if (type === '2') return [`Gmina Wiejska ${u.name}`, `Rural municipality of ${u.name}`];
		return [`Miasto i Gmina ${u.name}`, `Gmina ${u.name}`, u.name];
	};

	it('finds every unit from its written name and its powiat', () => {
		const misses: string[] = [];
		for (const u of units)
			for (const name of written(u)) {
				const r = matchUnit(index, name, {
					wojewodztwo: u.wojCode,
					powiat: u.level === 'gmi' ? u.powCode : null
				});
				if (teryt(r) !== u.code) misses.push(`${name} → ${r.status} ${r.teryt ?? ''}`);
			}
		expect(misses).toEqual([]);
	});

	it('never returns another unit when there are no hints', () => {
		const wrong: string[] = [];
		for (const u of units)
			for (const name of written(u)) {
				const r = matchUnit(index, name);
				if (r.status === 'matched' && r.teryt !== u.code) wrong.push(`${name} → ${r.teryt}`);
			}
		expect(wrong).toEqual([]);
	});
});
