/**
 * Which Chromium the tests and the benchmark drive. Debian's package by default (these machines
 * cannot download Playwright's browsers); CHROMIUM_PATH chooses another, e.g. Playwright's own
 * after `npx playwright install chromium`. Plain JavaScript, so the benchmark uses it too.
 */
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** @returns {string | undefined} */
export function chromiumPath() {
	if (process.env.CHROMIUM_PATH) {
		if (!existsSync(process.env.CHROMIUM_PATH))
			throw new Error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`);
		return process.env.CHROMIUM_PATH;
	}
	if (process.env.PLAYWRIGHT_CHROMIUM === '1') return undefined; // Playwright's own download
	const found = CANDIDATES.find((p) => existsSync(p));
	if (!found)
		throw new Error(
			"No Chromium found. Install Debian's package (`sudo apt-get install -y chromium`), or run " +
				'`npx playwright install chromium` and set PLAYWRIGHT_CHROMIUM=1, or point CHROMIUM_PATH at a Chromium binary.'
		);
	return found;
}

/**
 * Flags that give headless Chromium WebGL2 through SwiftShader and keep it off the network.
 * `swiftshader-webgl` is SwiftShader as the WebGL fallback: the page is rastered and composited in
 * software, as a browser on a machine without a usable GPU does, and only WebGL runs in
 * SwiftShader (Chromium's docs/gpu/swiftshader.md). Plain `swiftshader` makes it the "GPU" for
 * everything, a configuration no visitor has: raster of SVG paths through software GL cost the
 * first view 3-4x its software raster time.
 */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--use-angle=swiftshader-webgl',
	'--enable-unsafe-swiftshader',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

export function chromiumLaunchOptions() {
	return { executablePath: chromiumPath(), args: CHROMIUM_ARGS };
}
