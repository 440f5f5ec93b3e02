import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node },
			// Type-aware linting everywhere: files the tsconfig does not include (the root configs,
			// bench/, scripts/, static/embed.js) are typed with the tsconfig's options as the default
			// project. Its globs may not use `**`, hence one per folder.
			parserOptions: {
				projectService: {
					allowDefaultProject: [
						'*.js',
						'drizzle.config.ts',
						'playwright.config.ts',
						'bench/*.js',
						'bench/*/*.{js,ts}',
						'scripts/*.{js,ts}',
						// scripts/prg/ and scripts/lib/boundaries.ts are in the project: the unit tests import them.
						'scripts/lib/*.js',
						'scripts/records/*.ts',
						'static/*.js'
					],
					defaultProject: 'tsconfig.json',
					maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 100
				},
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.svelte']
			}
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: { parserOptions: { parser: ts.parser, svelteConfig } }
	},
	{
		rules: {
			// A promise nobody awaits loses its errors: await it, or `void` it with a comment saying
			// why fire-and-forget is meant.
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error',
			'@typescript-eslint/await-thenable': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
			// The app is served from the root (no `paths.base`), and most links carry query strings.
			'svelte/no-navigation-without-resolve': 'off',
			// Maps and Sets local to a function or a derivation need no reactivity.
			'svelte/prefer-svelte-reactivity': 'off'
		}
	},
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'drizzle/',
			'data/',
			'bench/out/',
			'test-results/',
			'playwright-report/'
		]
	}
);
