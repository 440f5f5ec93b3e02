/**
 * The site's public origin and the addresses it is reached at.
 *
 * scripts/serve.js (behind `npm start`, the tests and the benchmark) always sets ORIGIN, from HOST
 * and PORT when it is not given, so adapter-node never takes the origin from a request's Host
 * header: absolute links (canonical, Open Graph, oEmbed, exports), which caches keep and hand to
 * other visitors, always name the public origin.
 *
 * oEmbed accepts links to any address the site answers at: the public origin, the loopback names
 * and this machine's own name and addresses when the server listens on all of them, and the extra
 * origins of SITE_ALIASES (comma-separated, e.g. `https://mapa.example.pl,http://10.0.0.5:3000`).
 */
import { hostname, networkInterfaces } from 'node:os';
import { env } from '$env/dynamic/private';

const WILDCARD = new Set(['', '0.0.0.0', '::', '[::]']);
const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** The public origin: ORIGIN, else the request's own (only `vite dev` and `vite preview`). */
export function publicOrigin(requestUrl: URL): string {
	if (env.ORIGIN) {
		try {
			return new URL(env.ORIGIN).origin;
		} catch {
			// A malformed ORIGIN is refused by adapter-node at start; nothing better to do here.
		}
	}
	return requestUrl.origin;
}

const bracket = (address: string) => (address.includes(':') ? `[${address}]` : address);

/** `host:port` strings of every address the server answers at (see above). */
export function siteHosts(requestUrl: URL): Set<string> {
	const hosts = new Set<string>([new URL(publicOrigin(requestUrl)).host]);
	const port = env.PORT ?? '3000';
	const listen = env.HOST ?? '0.0.0.0';
	const names: string[] = [];
	if (WILDCARD.has(listen)) {
		names.push(...LOOPBACK, hostname());
		for (const list of Object.values(networkInterfaces()))
			for (const i of list ?? []) names.push(i.address);
	} else {
		names.push(listen);
		if (LOOPBACK.has(listen)) names.push(...LOOPBACK);
	}
	for (const name of names) {
		const host = bracket(name.replace(/^\[|\]$/g, ''));
		// A URL leaves out its scheme's default port.
		hosts.add(port === '80' || port === '443' ? host : `${host}:${port}`);
	}
	for (const alias of (env.SITE_ALIASES ?? '').split(',')) {
		try {
			if (alias.trim()) hosts.add(new URL(alias.trim()).host);
		} catch {
			// Not a URL: ignored (the README says what the variable takes).
		}
	}
	return hosts;
}
