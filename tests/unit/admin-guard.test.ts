/**
 * Every load, action and endpoint of the admin area checks who is asking. This test reads every
 * +page.server.ts, +layout.server.ts and +server.ts under src/routes/(admin) with the TypeScript
 * compiler API, finds each exported `load`, each action of `actions` and each HTTP handler, and
 * fails unless its body calls a guard of src/lib/server/auth/guard.ts or one of the wrappers
 * below that are known to call one. Only the public auth pages are exempt. The fixtures at the
 * end show that it fails on a module missing the check.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ADMIN_ROUTES = join(process.cwd(), 'src', 'routes', '(admin)');
const MODULE_NAMES = new Set(['+page.server.ts', '+layout.server.ts', '+server.ts']);
const GUARDS = new Set(['requireUser', 'requireRole', 'requirePermission']);
/**
 * Functions that call a guard themselves, for loads and actions built from them
 * (src/lib/server/curation/actions.ts). Add one here only when it calls a guard first thing.
 */
const WRAPPERS = new Set([
	'editLoad',
	'recordActions',
	'historyLoad',
	'practiceEditLoad',
	'partnershipEditLoad',
	'reviewActions'
]);
/** Public by design: logging in, logging out, setting a password through a one-time link. */
const PUBLIC_MODULES = new Set([
	'admin/(auth)/logowanie/+page.server.ts',
	'admin/(auth)/wyloguj/+page.server.ts',
	'admin/(auth)/haslo/[token]/+page.server.ts'
]);
const HANDLERS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'fallback']);

function unwrap(node: ts.Expression): ts.Expression {
	while (
		ts.isParenthesizedExpression(node) ||
		ts.isAsExpression(node) ||
		ts.isSatisfiesExpression(node) ||
		ts.isTypeAssertionExpression(node)
	)
		node = node.expression;
	return node;
}

const calleeName = (call: ts.CallExpression): string | null => {
	const e = unwrap(call.expression);
	if (ts.isIdentifier(e)) return e.text;
	if (ts.isPropertyAccessExpression(e)) return e.name.text;
	return null;
};

/** Whether `node` contains a call of a guard or a wrapper. */
function callsGuard(node: ts.Node): boolean {
	let found = false;
	const visit = (n: ts.Node) => {
		if (found) return;
		if (ts.isCallExpression(n)) {
			const name = calleeName(n);
			if (name && (GUARDS.has(name) || WRAPPERS.has(name))) found = true;
		}
		ts.forEachChild(n, visit);
	};
	visit(node);
	return found;
}

/**
 * The names of the module's exported loads, actions and handlers that do not call a guard
 * (`load`, `actions.save`, `GET`), and the exports it cannot read (reported the same way).
 */
function unguardedExports(source: string, fileName = 'module.ts'): string[] {
	const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
	const locals = new Map<string, ts.Node>();
	const exported = new Map<string, ts.Node | null>();
	const isExported = (n: ts.Node) =>
		ts.canHaveModifiers(n) &&
		!!ts.getModifiers(n)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
	for (const st of file.statements) {
		if (ts.isFunctionDeclaration(st) && st.name) {
			locals.set(st.name.text, st);
			if (isExported(st)) exported.set(st.name.text, st);
		} else if (ts.isVariableStatement(st)) {
			for (const d of st.declarationList.declarations) {
				if (!ts.isIdentifier(d.name)) continue;
				locals.set(d.name.text, d.initializer ?? d);
				if (isExported(st)) exported.set(d.name.text, d.initializer ?? null);
			}
		} else if (
			ts.isExportDeclaration(st) &&
			st.exportClause &&
			ts.isNamedExports(st.exportClause)
		) {
			for (const el of st.exportClause.elements) {
				const local = (el.propertyName ?? el.name).text;
				// Re-exported from another module: not readable here, so it counts as unguarded.
				exported.set(el.name.text, st.moduleSpecifier ? null : (locals.get(local) ?? null));
			}
		}
	}
	/** Whether a value (function, identifier of a local function, wrapper call) is guarded. */
	const guarded = (node: ts.Node | null | undefined, seen = new Set<string>()): boolean => {
		if (!node) return false;
		if (ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node))
			return !!node.body && callsGuard(node.body);
		if (ts.isMethodDeclaration(node)) return !!node.body && callsGuard(node.body);
		if (!ts.isExpression(node)) return false;
		const e = unwrap(node);
		if (ts.isIdentifier(e)) {
			if (seen.has(e.text)) return false;
			seen.add(e.text);
			return guarded(locals.get(e.text), seen);
		}
		if (ts.isCallExpression(e)) {
			const name = calleeName(e);
			return !!name && WRAPPERS.has(name);
		}
		// One action of a wrapper's set: `recordActions('praktyka').restore`.
		if (ts.isPropertyAccessExpression(e)) return guarded(e.expression, seen);
		return false;
	};
	const missing: string[] = [];
	for (const [name, value] of exported) {
		if (name === 'load' || HANDLERS.has(name)) {
			if (!guarded(value)) missing.push(name);
		} else if (name === 'actions') {
			const obj = value && ts.isExpression(value) ? unwrap(value) : null;
			const resolved = obj && ts.isIdentifier(obj) ? locals.get(obj.text) : obj;
			const literal = resolved && ts.isExpression(resolved) ? unwrap(resolved) : (resolved ?? null);
			if (literal && ts.isObjectLiteralExpression(literal)) {
				for (const p of literal.properties) {
					const key =
						p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : '…';
					const ok = ts.isPropertyAssignment(p)
						? guarded(p.initializer)
						: ts.isShorthandPropertyAssignment(p)
							? guarded(locals.get(p.name.text))
							: ts.isMethodDeclaration(p)
								? guarded(p)
								: ts.isSpreadAssignment(p)
									? guarded(p.expression)
									: false;
					if (!ok) missing.push(`actions.${key}`);
				}
			} else if (!guarded(literal)) missing.push('actions');
		}
	}
	return missing;
}

function adminModules(dir = ADMIN_ROUTES): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return adminModules(path);
		return MODULE_NAMES.has(entry.name) ? [path] : [];
	});
}

describe('the admin area checks every request', () => {
	const modules = adminModules().map((path) => ({
		path,
		name: relative(ADMIN_ROUTES, path).split(sep).join('/')
	}));

	it('finds the admin modules (the guarded layout, the users page, the public pages)', () => {
		const names = modules.map((m) => m.name);
		expect(names).toContain('admin/(signed-in)/+layout.server.ts');
		expect(names).toContain('admin/(signed-in)/uzytkownicy/+page.server.ts');
		for (const name of PUBLIC_MODULES) expect(names).toContain(name);
	});

	it('every load, action and handler outside the public auth pages calls a guard', () => {
		const failures = modules
			.filter((m) => !PUBLIC_MODULES.has(m.name))
			.flatMap((m) =>
				unguardedExports(readFileSync(m.path, 'utf8'), m.path).map((what) => `${m.name}: ${what}`)
			);
		expect(failures).toEqual([]);
	});
});

describe('the check itself (fixtures)', () => {
	it('passes guarded loads, actions and handlers, and the known wrappers', () => {
		const good = `
			import { requireRole, requireUser, requirePermission } from '$lib/server/auth/guard';
			export const load: PageServerLoad = (event) => ({ user: requireUser(event) });
			async function publish(event) { requirePermission(event, 'publishes'); }
			export const actions = {
				save: async (event) => { const u = requireRole(event, 'admin'); return u; },
				publish,
				async archive(event) { requireUser(event); },
				...recordActions('practice')
			} satisfies Actions;
			export async function GET(event) { requireUser(event); return new Response(); }
			const post = (event) => { requireUser(event); return new Response(); };
			export { post as POST };
		`;
		expect(unguardedExports(good)).toEqual([]);
		expect(unguardedExports(`export const load = editLoad('practice');`)).toEqual([]);
		expect(unguardedExports(`export const actions = recordActions('partnership');`)).toEqual([]);
	});

	it('fails a load, an action or a handler without the check', () => {
		expect(
			unguardedExports(`export const load = ({ locals }) => ({ user: locals.user });`)
		).toEqual(['load']);
		expect(unguardedExports(`export async function load() { return {}; }`)).toEqual(['load']);
		expect(
			unguardedExports(`
				export const actions: Actions = {
					save: async (event) => { requireUser(event); },
					remove: async ({ request }) => { await request.formData(); }
				};`)
		).toEqual(['actions.remove']);
		expect(
			unguardedExports(`
				function remove(event) { return 1; }
				const actions = { remove };
				export { actions };`)
		).toEqual(['actions.remove']);
		expect(unguardedExports(`export const DELETE = async () => new Response(null);`)).toEqual([
			'DELETE'
		]);
		// A guard named only in a comment or a string does not count.
		expect(
			unguardedExports(
				`export const GET = () => new Response('requireUser(event)'); // requireUser`
			)
		).toEqual(['GET']);
		// A call of something else that merely looks like a wrapper does not count.
		expect(unguardedExports(`export const load = someLoad('practice');`)).toEqual(['load']);
		// Re-exports from elsewhere cannot be read here: unguarded.
		expect(unguardedExports(`export { load } from './elsewhere';`)).toEqual(['load']);
	});
});
