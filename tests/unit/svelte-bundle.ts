/**
 * Components in a real Chromium without a route of their own: bundles a Svelte component for the
 * browser (svelte/compiler + esbuild, `$lib` resolved to src/lib) with a `window.mountComponent(props)`
 * that mounts it into `<form id="host">`, and opens it in a page. For components whose route is
 * not there yet (the admin forms); once it is, the e2e tests drive the route itself.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { compile } from 'svelte/compiler';
import type { Page } from '@playwright/test';

const lib = resolve('src/lib');

const svelte: Plugin = {
	name: 'svelte',
	setup(b) {
		b.onResolve({ filter: /^\$lib\// }, async (args) => {
			const found = await b.resolve(`./${args.path.slice(5)}`, {
				kind: args.kind,
				resolveDir: lib
			});
			return { path: found.path };
		});
		b.onLoad({ filter: /\.svelte$/ }, async (args) => {
			const source = await readFile(args.path, 'utf8');
			const { js } = compile(source, { filename: args.path, generate: 'client', css: 'injected' });
			return { contents: js.code, loader: 'js', resolveDir: resolve(args.path, '..') };
		});
	}
};

/** Opens `component` (a path under src/) mounted with `props` in `page`. */
export async function mountInPage(page: Page, component: string, props: object): Promise<void> {
	const entry = `import { mount } from 'svelte';
import Component from ${JSON.stringify(resolve(component))};
window.mountComponent = (props) => mount(Component, { target: document.getElementById('host'), props });`;
	const out = await build({
		stdin: { contents: entry, resolveDir: process.cwd(), loader: 'js' },
		bundle: true,
		write: false,
		format: 'iife',
		platform: 'browser',
		conditions: ['svelte', 'browser'],
		plugins: [svelte],
		logLevel: 'silent'
	});
	await page.setContent(
		'<!doctype html><html lang="pl"><head><title>test</title></head><body><main><h1>Test</h1><h2>Form</h2><form id="host" method="post"></form></main></body></html>'
	);
	await page.addScriptTag({ content: out.outputFiles[0].text });
	await page.evaluate(
		(p) => (window as unknown as { mountComponent(p: object): void }).mountComponent(p),
		props
	);
}
