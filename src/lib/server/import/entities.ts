/**
 * Character references as browsers decode them in the old pages: the named entities those pages
 * use, numeric references (128-159 as windows-1252), and the legacy names without a semicolon.
 * See https://html.spec.whatwg.org/multipage/parsing.html#character-reference-state
 */
const NAMED_ENTITIES = new Map<string, string>(
	Object.entries({
		amp: '&',
		lt: '<',
		gt: '>',
		quot: '"',
		apos: "'",
		nbsp: '\u00a0',
		shy: '\u00ad',
		ensp: '\u2002',
		emsp: '\u2003',
		thinsp: '\u2009',
		ndash: '–',
		mdash: '—',
		hellip: '…',
		laquo: '«',
		raquo: '»',
		lsaquo: '‹',
		rsaquo: '›',
		bdquo: '„',
		ldquo: '“',
		rdquo: '”',
		sbquo: '‚',
		lsquo: '‘',
		rsquo: '’',
		bull: '•',
		middot: '·',
		copy: '©',
		reg: '®',
		trade: '™',
		deg: '°',
		sect: '§',
		para: '¶',
		euro: '€',
		times: '×',
		divide: '÷',
		plusmn: '±',
		frac12: '½',
		sup2: '²',
		sup3: '³',
		oacute: 'ó',
		Oacute: 'Ó',
		aogon: 'ą',
		Aogon: 'Ą',
		cacute: 'ć',
		Cacute: 'Ć',
		eogon: 'ę',
		Eogon: 'Ę',
		lstrok: 'ł',
		Lstrok: 'Ł',
		nacute: 'ń',
		Nacute: 'Ń',
		sacute: 'ś',
		Sacute: 'Ś',
		zacute: 'ź',
		Zacute: 'Ź',
		zdot: 'ż',
		Zdot: 'Ż',
		aacute: 'á',
		eacute: 'é',
		uacute: 'ú',
		iacute: 'í',
		auml: 'ä',
		ouml: 'ö',
		uuml: 'ü',
		szlig: 'ß'
	})
);

/** Browsers still accept these without the semicolon; old hand-written pages rely on it. */
const LEGACY_NO_SEMICOLON = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg', 'oacute']);

/**
 * Numeric references 128-159 name C1 controls, but pages written in windows-1250/1252 meant the
 * printable characters of that code page (&#132; is the Polish opening quote „), as browsers assume.
 */
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeEntities(text: string): string {
	if (!text.includes('&')) return text;
	return text.replace(
		/&(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31})(;?)/g,
		(match: string, ref: string, semi: string, offset: number, whole: string) => {
			if (ref.startsWith('#')) {
				const hex = ref[1] === 'x' || ref[1] === 'X';
				const code = parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10);
				if (code >= 0x80 && code <= 0x9f) return WINDOWS_1252_C1[code - 0x80];
				const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
				return valid ? String.fromCodePoint(code) : '\ufffd';
			}
			const char = NAMED_ENTITIES.get(ref);
			if (char === undefined) return match;
			if (semi) return char;
			// "&copy=1" in an unescaped URL is a parameter, not an entity (as in the HTML spec).
			const next = whole[offset + match.length];
			return LEGACY_NO_SEMICOLON.has(ref) && next !== '=' ? char : match;
		}
	);
}
