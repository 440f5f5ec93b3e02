/**
 * The embed's documentation on /osadz, in Polish: URL options, the scope lock, the postMessage
 * protocol (v1), the guest manners and oEmbed. Prose, not UI strings: only /osadz loads it.
 * `Backticks` mark code; EmbedDocs.svelte renders them as <code>.
 */
export const embedDocsPl = {
	title: 'Dokumentacja',
	optionsTitle: 'Parametry adresu',
	optionsIntro:
		'Adres osadzonej mapy to `/embed` z parametrami. Parametry filtrów są te same co na stronie głównej i w API, więc widok z mapy można osadzić, dopisując je do adresu.',
	name: 'Parametr',
	values: 'Wartości',
	default: 'Domyślnie',
	meaning: 'Znaczenie',
	none: 'brak',
	rows: [
		{
			name: 'zakres',
			values: '`gmi:KOD` (7 cyfr TERYT), `pow:KOD` (4), `woj:KOD` (2), `partnerstwo:ID`',
			default: 'cała Polska',
			meaning: 'Blokada zakresu (opis niżej).'
		},
		{ name: 'lista', values: '`0`, `1`', default: '`0`', meaning: 'Lista wyników pod mapą.' },
		{
			name: 'legenda',
			values: '`0`, `1`',
			default: '`1`',
			meaning: 'Legenda rodzajów partnerstw.'
		},
		{
			name: 'wysokosc',
			values: '100–2000',
			default: '500',
			meaning:
				'Wysokość mapy w pikselach; lista, jeśli jest, dochodzi pod mapą. Poniżej 300 sama mapa, bez legendy, listy i uwag.'
		},
		{
			name: 'lang',
			values: '`pl`, `en`',
			default: '`pl`',
			meaning: 'Język napisów mapy; treść rekordów zostaje w oryginale.'
		},
		{
			name: 'woj, pow, gmi',
			values: 'kod TERYT: 2, 4 albo 7 cyfr',
			default: '—',
			meaning: 'Województwo, powiat, gmina.'
		},
		{
			name: 'kat',
			values: 'dział praktyk (lista niżej)',
			default: '—',
			meaning: 'Tylko praktyki z tego działu.'
		},
		{
			name: 'typ',
			values: 'rodzaj partnerstwa (lista niżej)',
			default: '—',
			meaning: 'Tylko partnerstwa tego rodzaju.'
		},
		{
			name: 'rok',
			values: '1990–2100',
			default: '—',
			meaning: 'Praktyki z tego roku i partnerstwa działające w tym roku.'
		},
		{ name: 'q', values: 'tekst', default: '—', meaning: 'Wyszukiwanie w treści.' },
		{
			name: 'sel',
			values: '`praktyka:ID`, `partnerstwo:ID`',
			default: '—',
			meaning: 'Rekord otwarty od razu po wczytaniu.'
		}
	],
	invalid:
		'Parametr o złej wartości jest pomijany, a mapa pokazuje, co pominęła; nigdy nie kończy się to pustą ramką.',
	kinds: 'Rodzaje partnerstw (`typ`)',
	sections: 'Działy praktyk (`kat`)',
	code: 'Wartość',
	label: 'Nazwa',
	scopeTitle: 'Blokada zakresu',
	scopeText: [
		'Z parametrem `zakres` mapa jest zamknięta w wybranym obszarze. `gmi:1206113` pokazuje praktyki z gminy Skawina i partnerstwa, do których należy; `pow:` i `woj:` działają tak samo dla powiatu i województwa; `partnerstwo:ID` pokazuje jedno partnerstwo i jego praktyki.',
		'Filtry podane w adresie albo wysłane przez stronę poleceniem `setFilters` mogą zakres tylko zawęzić, nigdy go nie poszerzą. Dzięki temu gmina, która osadza swoją mapę, ma pewność, że pokaże tylko swoje sprawy. Link „Otwórz pełną mapę” w ramce prowadzi do pełnego serwisu.'
	],
	protocolTitle: 'Komunikaty między mapą a stroną (postMessage, wersja 1)',
	protocolIntro:
		'Mapa i strona, na której ją osadzono, wymieniają komunikaty przez `window.postMessage`. Każdy komunikat jest obiektem z polami `source`, `version` (teraz `1`) i `type`. Komunikat o innym kształcie jest pomijany. Zawsze sprawdzaj `event.origin`: komunikaty mapy przychodzą z `{origin}`.',
	fromEmbed: "Od mapy do strony (`source: 'mapa-partnerstw'`)",
	fromHost: "Od strony do mapy (`source: 'mapa-partnerstw-host'`)",
	type: 'Typ',
	fields: 'Pola',
	when: 'Kiedy i po co',
	embedRows: [
		{
			type: 'ready',
			fields: '`scope`: zakres jak w adresie albo `null`',
			when: 'Raz, gdy mapa się narysowała. Od tej chwili mapa przyjmuje polecenia.'
		},
		{
			type: 'resize',
			fields: '`height`: wysokość treści w pikselach',
			when: 'Przy każdej zmianie wysokości treści; skrypt `embed.js` sam dopasowuje ramkę.'
		},
		{
			type: 'select',
			fields:
				'`record`: `{ type, id, name }` albo `null`; `type` to `praktyka`, `partnerstwo` albo `jednostka` (wtedy `id` jest kodem TERYT)',
			when: 'Ktoś otworzył rekord na mapie albo go zamknął.'
		},
		{
			type: 'filterchange',
			fields: '`filters`: `{ woj, pow, gmi, kat, typ, rok, q }`',
			when: 'Zmieniły się filtry: zrobił to użytkownik albo polecenie strony.'
		}
	],
	hostRows: [
		{
			type: 'setFilters',
			fields:
				'`filters`: dowolne z `woj`, `pow`, `gmi`, `kat`, `typ`, `rok`, `q`; `null` czyści filtr',
			when: 'Ustawia filtry (w granicach zakresu).'
		},
		{
			type: 'select',
			fields: "`record`: `{ type: 'praktyka' | 'partnerstwo', id }` albo `null`",
			when: 'Otwiera rekord albo zamyka panel.'
		}
	],
	validation:
		'Polecenie z nieznanym typem, nieznanym kluczem filtra albo wartością złego rodzaju jest pomijane w całości. Wysyłaj polecenia dopiero po komunikacie `ready`.',
	exampleScript: 'Przykład: skrypt i zdarzenia na kontenerze',
	exampleScriptText:
		'Skrypt `embed.js` przekazuje każdy poprawny komunikat mapy jako zdarzenie `mapa-partnerstw` na elemencie z atrybutem `data-mapa-partnerstw` (w `event.detail`), a polecenia wysyła funkcja `MapaPartnerstw.send(element, polecenie)`. Gdy strona dodaje kontenery później (np. aplikacja w JavaScripcie), wywołaj `MapaPartnerstw.scan()`.',
	exampleIframe: 'Przykład: sama ramka i zdarzenia `message`',
	commentReady: 'Mapa gotowa: pokaż tylko obszary funkcjonalne',
	commentSelect: 'Ktoś wybrał rekord na mapie',
	commentResize: 'Ramka rośnie razem z treścią',
	commentOpen: 'Otwórz praktykę o numerze id',
	mannersTitle: 'Dobre maniery gościa',
	manners: [
		'Nie ustawia ciasteczek i nie łączy się z innymi serwerami: mapa, dane i kafelki pochodzą z tego serwisu.',
		'Nie przejmuje przewijania strony: mapę przybliża się kółkiem myszy z wciśniętym Ctrl (⌘ na Macu) albo dwoma palcami; zwykłe przewijanie przewija stronę, a mapa podpowiada, jak ją przybliżyć.',
		'Nie zabiera fokusu przy wczytaniu i nie przewija strony; do mapy wchodzi się klawiszem Tab jak do każdej ramki.',
		'Sama dopasowuje wysokość: wysyła komunikat `resize`, a skrypt `embed.js` zmienia wysokość ramki.',
		'Wczytuje się dopiero wtedy, gdy ramka zbliża się do widocznej części strony (`loading="lazy"`).',
		'Osadzać można tylko adres `/embed`; pozostałe strony serwisu nie dają się wstawić w ramkę na innej stronie.'
	],
	oembedTitle: 'oEmbed',
	oembedText: [
		'Systemy zarządzania treścią, które osadzają treści tylko przez oEmbed, mogą wstawić mapę z samego linku. Punkt końcowy: `/oembed?url=<adres strony tego serwisu>` (oEmbed 1.0, odpowiedź JSON typu `rich` z kodem ramki z tytułem). Opcjonalne `maxwidth` i `maxheight` ograniczają rozmiar ramki.',
		'Działa dla mapy (strona główna z filtrami) i dla stron praktyk i partnerstw. Te strony mają w nagłówku znacznik odkrywania `<link rel="alternate" type="application/json+oembed">`, więc zwykle wystarczy wkleić sam link.',
		'Ramka ma co najmniej 100 px; poniżej 300 px wysokości pokazuje samą mapę, bez legendy i listy. WordPress i wiele kreatorów stron wstawia ramki z atrybutem `sandbox="allow-scripts"`: mapa działa i w nich. Gdy taka ramka nie pozwala otwierać nowych kart, mapa zamiast linku pokazuje adres do skopiowania.'
	],
	oembedExample: 'Przykład zapytania'
};

export type EmbedDocsText = typeof embedDocsPl;
