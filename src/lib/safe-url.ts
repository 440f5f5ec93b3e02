/**
 * The one rule for links that come from record data (websites, attachment and source URLs):
 * only `http:`, `https:` and `mailto:` are links. Used where records are written (importer,
 * forms), where they are rendered, and by the migration that checks stored rows, so that the
 * three can never disagree. Works in the browser and on the server (it needs only `URL`).
 *
 * What is refused, and why:
 * - any other scheme (`javascript:`, `data:`, `vbscript:`, `file:`…), in any letter case;
 * - anything a browser could read differently from this check: control characters, tabs and
 *   newlines anywhere (browsers drop tab/LF/CR inside URLs, so `java\tscript:` is `javascript:`),
 *   invisible format characters (zero-width, bidi controls), and an `&` before the first `:`
 *   (an HTML character reference such as `java&#x09;script:` or `&#106;avascript:` that a later
 *   decoding step would turn into a scheme);
 * - protocol-relative (`//evil.example`) and other relative references (`index.php?art=1`,
 *   `pliki/a.pdf`), unless a `base` (itself http/https) is given to resolve them against;
 * - URLs longer than MAX_URL_LENGTH, http(s) URLs without a host.
 *
 * A bare domain as people write it in the Metryka ("www.gminaskawina.pl", "gmina.pl/kontakt")
 * is a link to `https://` + it, as the record views have always shown it.
 */

export const SAFE_URL_SCHEMES = ['http:', 'https:', 'mailto:'] as const;

/** Longer URLs are refused (browsers and servers differ beyond this; no real link needs more). */
export const MAX_URL_LENGTH = 2048;

export type UrlProblem = 'empty' | 'too-long' | 'characters' | 'scheme' | 'relative' | 'malformed';

/** Why a URL is refused, Polish / English, for messages that also name the field. */
export const URL_PROBLEM_TEXT: Record<UrlProblem, string> = {
	empty: 'pusty adres / empty address',
	'too-long': `adres dłuższy niż ${MAX_URL_LENGTH} znaków / address longer than ${MAX_URL_LENGTH} characters`,
	characters:
		'adres zawiera znaki sterujące, niewidoczne lub odwołania HTML przed „:” / address contains control, invisible characters or HTML references before ":"',
	scheme:
		'dozwolone są tylko adresy http:, https: i mailto: / only http:, https: and mailto: addresses are allowed',
	relative: 'adres względny (bez http:// ani domeny) / relative address (no http:// and no domain)',
	malformed: 'nieprawidłowy adres / malformed address'
};

type Checked = { ok: true; href: string } | { ok: false; problem: UrlProblem };

// Bounded or single-pass patterns only (they run on untrusted text).
/** C0 and C1 controls, DEL, and invisible format characters (zero-width, bidi, BOM, …). */
const BAD_CHAR_RE =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/;
const SCHEME_RE = /^([a-z][a-z\d+.-]{0,31}):/i;
/** "www.gmina.pl", "gmina.pl:8080/kontakt?x=1": labels separated by dots, then a path or nothing. */
const BARE_DOMAIN_RE = /^[\p{L}\d-]{1,63}(?:\.[\p{L}\d-]{1,63}){1,10}\.?(?::\d{1,5})?(?:[/?#]|$)/u;

/** File names that look like domains ("index.php?art=1", "strategia.pdf") are relative links. */
const FILE_TLD = new Set(
	(
		'php html htm shtml asp aspx jsp cgi pl5 pdf doc docx xls xlsx ppt pptx pps odt ods odp rtf ' +
		'txt csv xml json zip rar 7z gz jpg jpeg png gif tif tiff bmp svg mp3 mp4 avi wmv'
	).split(' ')
);

function isBareDomain(s: string): boolean {
	const m = BARE_DOMAIN_RE.exec(s);
	if (!m) return false;
	if (/^www\./i.test(s)) return true;
	const host = m[0]
		.replace(/[/?#]$/, '')
		.replace(/:\d+$/, '')
		.replace(/\.$/, '');
	const tld = host.slice(host.lastIndexOf('.') + 1).toLowerCase();
	return /^\p{L}{2,63}$/u.test(tld) && !FILE_TLD.has(tld);
}

/** The whole check; safeHref and urlProblem are its two faces. */
export function checkUrl(raw: string | null | undefined, base?: string | null): Checked {
	if (typeof raw !== 'string') return { ok: false, problem: 'empty' };
	if (raw.length > MAX_URL_LENGTH * 2) return { ok: false, problem: 'too-long' };
	const s = raw.trim();
	if (s === '') return { ok: false, problem: 'empty' };
	if (s.length > MAX_URL_LENGTH) return { ok: false, problem: 'too-long' };
	if (BAD_CHAR_RE.test(s)) return { ok: false, problem: 'characters' };
	// A ':' before any '/', '?' or '#' ends a scheme (or a bare domain's port).
	const colon = s.indexOf(':');
	const delim = s.search(/[/?#]/);
	const schemeColon = colon >= 0 && (delim < 0 || colon < delim);
	const amp = s.indexOf('&');
	// An '&' before the first ':' can only be a character reference hiding a scheme.
	if (amp >= 0 && colon > amp) return { ok: false, problem: 'characters' };

	const bare = isBareDomain(s);
	if (schemeColon && !bare) {
		const scheme = SCHEME_RE.exec(s)?.[1].toLowerCase();
		if (scheme === 'mailto') return parsed(s, 'mailto:');
		if (scheme === 'http' || scheme === 'https') return parsed(s, `${scheme}:`);
		// "javascript:", "data:", but also "jav ascript:", "%6aavascript:", ":x"
		return { ok: false, problem: 'scheme' };
	}
	// No scheme of its own: a bare domain, or a reference relative to some page.
	const slashes = /^[/\\]{2}/.test(s);
	if (!slashes && bare) return parsed(`https://${s}`, 'https:');
	const baseHref = base ? safeHref(base) : null;
	if (!baseHref || !/^https?:/.test(baseHref)) return { ok: false, problem: 'relative' };
	try {
		return allowed(new URL(s, baseHref));
	} catch {
		return { ok: false, problem: 'malformed' };
	}
}

function parsed(s: string, scheme: string): Checked {
	try {
		const url = new URL(s);
		if (url.protocol !== scheme) return { ok: false, problem: 'scheme' };
		return allowed(url);
	} catch {
		return { ok: false, problem: 'malformed' };
	}
}

function allowed(url: URL): Checked {
	if (url.protocol === 'mailto:') {
		return url.pathname.includes('@')
			? { ok: true, href: url.href }
			: { ok: false, problem: 'malformed' };
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:')
		return { ok: false, problem: 'scheme' };
	if (url.hostname === '') return { ok: false, problem: 'malformed' };
	if (url.href.length > MAX_URL_LENGTH) return { ok: false, problem: 'too-long' };
	return { ok: true, href: url.href };
}

/**
 * The URL to put in an `href`: normalised by the URL parser (scheme and host lower-cased, IDN
 * hosts in punycode, spaces percent-encoded), `https://` added to a bare domain; null when the
 * value is not an http/https/mailto link by the rules above. `base` (an http/https URL) resolves
 * relative references; without it they are null.
 */
export function safeHref(raw: string | null | undefined, base?: string | null): string | null {
	const c = checkUrl(raw, base);
	return c.ok ? c.href : null;
}

/** Why safeHref would give null (null when it gives a URL); see URL_PROBLEM_TEXT for words. */
export function urlProblem(
	raw: string | null | undefined,
	base?: string | null
): UrlProblem | null {
	const c = checkUrl(raw, base);
	// `in`, not `c.ok`: the scripts' JavaScript check (tsconfig.scripts-js.json) runs without
	// strictNullChecks, where a boolean discriminant does not narrow.
	return 'problem' in c ? c.problem : null;
}
