/** The embed's documentation on /osadz, in English (see embed.pl.ts). */
import type { EmbedDocsText } from './embed.pl';

export const embedDocsEn: EmbedDocsText = {
	title: 'Documentation',
	optionsTitle: 'Address parameters',
	optionsIntro:
		'The embedded map lives at `/embed` with parameters. The filter parameters are the same as on the main page and in the API, so a view of the map can be embedded by adding them to the address.',
	name: 'Parameter',
	values: 'Values',
	default: 'Default',
	meaning: 'Meaning',
	none: 'none',
	rows: [
		{
			name: 'zakres',
			values: '`gmi:CODE` (7 TERYT digits), `pow:CODE` (4), `woj:CODE` (2), `partnerstwo:ID`',
			default: 'all of Poland',
			meaning: 'Scope lock (see below).'
		},
		{
			name: 'lista',
			values: '`0`, `1`',
			default: '`0`',
			meaning: 'Result list below the map.'
		},
		{
			name: 'legenda',
			values: '`0`, `1`',
			default: '`1`',
			meaning: 'Legend of partnership kinds.'
		},
		{
			name: 'wysokosc',
			values: '100–2000',
			default: '500',
			meaning:
				'Height of the map in pixels; the list, if shown, comes below the map. Below 300 the map alone, without legend, list and notes.'
		},
		{
			name: 'lang',
			values: '`pl`, `en`',
			default: '`pl`',
			meaning: 'Language of the map’s labels; records stay as written.'
		},
		{
			name: 'woj, pow, gmi',
			values: 'TERYT code: 2, 4 or 7 digits',
			default: '—',
			meaning: 'Voivodeship, powiat, gmina.'
		},
		{
			name: 'kat',
			values: 'practice section (list below)',
			default: '—',
			meaning: 'Only practices of that section.'
		},
		{
			name: 'typ',
			values: 'partnership kind (list below)',
			default: '—',
			meaning: 'Only partnerships of that kind.'
		},
		{
			name: 'rok',
			values: '1990–2100',
			default: '—',
			meaning: 'Practices of that year and partnerships active in it.'
		},
		{ name: 'q', values: 'text', default: '—', meaning: 'Full-text search.' },
		{
			name: 'sel',
			values: '`praktyka:ID`, `partnerstwo:ID`',
			default: '—',
			meaning: 'A record opened right after loading.'
		}
	],
	invalid:
		'A parameter with a wrong value is ignored and the map says what it ignored; it never ends in an empty frame.',
	kinds: 'Partnership kinds (`typ`)',
	sections: 'Practice sections (`kat`)',
	code: 'Value',
	label: 'Name',
	scopeTitle: 'Scope lock',
	scopeText: [
		'With the `zakres` parameter the map is locked to the chosen area. `gmi:1206113` shows the practices of the gmina of Skawina and the partnerships it belongs to; `pow:` and `woj:` work the same way for a powiat and a voivodeship; `partnerstwo:ID` shows one partnership and its practices.',
		'Filters given in the address or sent by the page with the `setFilters` command can only narrow the scope, never widen it. So a gmina that embeds its map can be sure it shows only its own affairs. The “Open the full map” link in the frame leads to the full site.'
	],
	protocolTitle: 'Messages between the map and the page (postMessage, version 1)',
	protocolIntro:
		'The map and the page it is embedded in exchange messages with `window.postMessage`. Every message is an object with the fields `source`, `version` (now `1`) and `type`. A message of any other shape is ignored. Always check `event.origin`: the map’s messages come from `{origin}`.',
	fromEmbed: "From the map to the page (`source: 'mapa-partnerstw'`)",
	fromHost: "From the page to the map (`source: 'mapa-partnerstw-host'`)",
	type: 'Type',
	fields: 'Fields',
	when: 'When and what for',
	embedRows: [
		{
			type: 'ready',
			fields: '`scope`: the scope as in the address, or `null`',
			when: 'Once, when the map has been drawn. From then on the map accepts commands.'
		},
		{
			type: 'resize',
			fields: '`height`: the content height in pixels',
			when: 'Whenever the content height changes; the `embed.js` script resizes the frame itself.'
		},
		{
			type: 'select',
			fields:
				'`record`: `{ type, id, name }` or `null`; `type` is `praktyka`, `partnerstwo` or `jednostka` (then `id` is a TERYT code)',
			when: 'Someone opened a record on the map, or closed it.'
		},
		{
			type: 'filterchange',
			fields: '`filters`: `{ woj, pow, gmi, kat, typ, rok, q }`',
			when: 'The filters changed, by the user or by a command of the page.'
		}
	],
	hostRows: [
		{
			type: 'setFilters',
			fields:
				'`filters`: any of `woj`, `pow`, `gmi`, `kat`, `typ`, `rok`, `q`; `null` clears a filter',
			when: 'Sets the filters (within the scope).'
		},
		{
			type: 'select',
			fields: "`record`: `{ type: 'praktyka' | 'partnerstwo', id }` or `null`",
			when: 'Opens a record, or closes the panel.'
		}
	],
	validation:
		'A command with an unknown type, an unknown filter key or a value of the wrong kind is ignored as a whole. Send commands only after the `ready` message.',
	exampleScript: 'Example: the script and events on the container',
	exampleScriptText:
		'The `embed.js` script passes every valid message of the map on as a `mapa-partnerstw` event on the element with the `data-mapa-partnerstw` attribute (in `event.detail`); the function `MapaPartnerstw.send(element, command)` sends commands. When the page adds containers later (a JavaScript application, say), call `MapaPartnerstw.scan()`.',
	exampleIframe: 'Example: the frame alone and `message` events',
	commentReady: 'The map is ready: show only functional areas',
	commentSelect: 'Someone chose a record on the map',
	commentResize: 'The frame grows with its content',
	commentOpen: 'Open the practice with this id',
	mannersTitle: 'Good guest manners',
	manners: [
		'Sets no cookies and connects to no other servers: the map, the data and the tiles come from this site.',
		'Does not take over the page’s scrolling: zoom the map with the mouse wheel while holding Ctrl (⌘ on a Mac) or with two fingers; plain scrolling scrolls the page, and the map says how to zoom.',
		'Takes no focus on loading and does not scroll the page; the Tab key enters the map like any frame.',
		'Sizes itself: it sends a `resize` message and the `embed.js` script changes the frame’s height.',
		'Loads only when the frame comes near the visible part of the page (`loading="lazy"`).',
		'Only the `/embed` address can be embedded; the other pages of the site refuse to be framed by another site.'
	],
	oembedTitle: 'oEmbed',
	oembedText: [
		'Content management systems that embed only through oEmbed can insert the map from a plain link. The endpoint: `/oembed?url=<address of a page of this site>` (oEmbed 1.0, a JSON answer of type `rich` with the code of a titled frame). The optional `maxwidth` and `maxheight` limit the size of the frame.',
		'It works for the map (the main page with filters) and for the pages of practices and partnerships. Those pages carry the discovery tag `<link rel="alternate" type="application/json+oembed">` in their head, so pasting the link is usually enough.',
		'The frame is at least 100 px; below 300 px of height it shows the map alone, without legend and list. WordPress and many page builders insert frames with `sandbox="allow-scripts"`: the map works in them too. Where such a frame does not allow new tabs, the map shows the address to copy instead of a link.'
	],
	oembedExample: 'An example request'
};
