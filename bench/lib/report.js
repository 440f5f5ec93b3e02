/**
 * The report of a run: its tables (each measure's sections, the summary of targets, the phases)
 * and header lines, shared by run.js (bench/out/latest.*) and write-results.js (bench/RESULTS.md).
 */
import * as load from '../measures/load.js';
import { machineLines } from './machine.js';
import { fmt } from './table.js';
import * as firstView from '../measures/first-view.js';
import * as filterChange from '../measures/filter-change.js';
import * as api from '../measures/api.js';
import * as tiles from '../measures/tiles.js';
import * as memory from '../measures/memory.js';
import * as merge from '../measures/merge.js';
import * as lighthouse from '../measures/lighthouse.js';

/** Every target with its verdict, for the summary table and RESULTS.md. */
export function targetSummary(report) {
	const rows = [];
	const fv = report.measures.firstView;
	for (const c of fv?.comparisons ?? []) {
		const label = fv.pages[c.ours].label.split(' (')[0];
		rows.push({
			target: `first view bytes <= ${c.bytes.target} x baseline (${label} vs ${c.baseline})`,
			value: fmt.ratio(c.bytes.ratio),
			pass: c.bytes.pass
		});
		rows.push({
			target: `first view time <= ${c.time.target} x baseline (${label} vs ${c.baseline})`,
			value: fmt.ratio(c.time.ratio),
			pass: c.time.pass
		});
		if (c.paint)
			rows.push({
				target: `first map paint <= ${c.paint.target} x baseline's idle (${label} vs ${c.baseline})`,
				value: fmt.ratio(c.paint.ratio),
				pass: c.paint.pass
			});
	}
	for (const [id, before] of Object.entries(firstView.IDLE_BEFORE_16)) {
		const page = fv?.pages?.[id];
		if (page)
			rows.push({
				target: `first view idle <= ${before} ms, as before issue 16 (${page.label.split(' (')[0]})`,
				value: `${fmt.ms(page.timeMs.median)} ms`,
				pass: page.timeMs.median <= before
			});
	}
	for (const f of Object.values(fv?.failed ?? {}))
		rows.push({ target: `first view (${f.label})`, value: 'page failed', pass: false });
	const fc = report.measures.filterChange;
	if (fc && !fc.error) {
		rows.push(...filterChange.targets(fc));
		for (const f of Object.values(fc.failed))
			rows.push({ target: `filter change (${f.label})`, value: 'page failed', pass: false });
	}
	const lh = report.measures.lighthouse;
	if (lh?.rows) rows.push(...lighthouse.targets(lh));
	const srv = report.measures.server;
	if (srv?.want?.api) for (const t of api.targets(srv)) rows.push(t);
	const m = report.measures.merge;
	if (m?.target)
		rows.push({
			target: `merged area, ${m.target.members} members, < ${m.target.ms} ms`,
			value: `${fmt.ms1(m.target.measuredMs)} ms`,
			pass: m.target.pass
		});
	for (const [id, r] of Object.entries(report.measures))
		if (r?.error) rows.push({ target: `${id} measure`, value: 'failed to run', pass: false });
	return rows;
}

export function sectionsOf(report) {
	const out = [];
	const { firstView: fv, filterChange: fc, server: srv, merge: mg } = report.measures;
	const failed = (id, r) => ({
		title: `${id}: FAILED`,
		columns: [{ label: 'Error', align: 'left' }],
		rows: [[r.error.split('\n')[0]]],
		notes: r.error.split('\n').slice(1, 8)
	});
	if (report.measures.browser?.error)
		out.push(failed('first-view/filter-change', report.measures.browser));
	if (fv) out.push(...(fv.error ? [failed('first-view', fv)] : firstView.sections(fv)));
	const lh = report.measures.lighthouse;
	if (lh) out.push(...(lh.error ? [failed('lighthouse', lh)] : lighthouse.sections(lh)));
	if (fc) out.push(...(fc.error ? [failed('filter-change', fc)] : filterChange.sections(fc)));
	if (srv?.error) out.push(failed('api/tiles/memory', srv));
	else if (srv) {
		if (srv.want.api) out.push(...api.sections(srv));
		if (srv.want.tiles) out.push(...tiles.sections(srv));
		if (srv.want.memory) out.push(...memory.sections(srv));
		for (const [scaleId, s] of Object.entries(srv.scales))
			if (s.error) out.push(failed(`scale ${scaleId}`, s));
	}
	if (mg) out.push(...(mg.error ? [failed('merge', mg)] : merge.sections(mg)));
	const ld = report.measures.load;
	if (ld) out.push(...(ld.error ? [failed('load', ld)] : load.sections(ld)));
	const summary = targetSummary(report);
	if (summary.length)
		out.push({
			title: 'Targets of issue 6',
			columns: [
				{ label: 'Target', align: 'left' },
				{ label: 'Measured', align: 'left' },
				{ label: 'Result', align: 'left' }
			],
			rows: summary.map((t) => [t.target, t.value, api.verdict(t.pass)])
		});
	out.push({
		title: 'Phases (wall time)',
		columns: [
			{ label: 'Phase', align: 'left' },
			{ label: 's', align: 'right' }
		],
		rows: [
			...report.phases.map((p) => [p.name, (p.ms / 1000).toFixed(1)]),
			['total', (report.totalMs / 1000).toFixed(1)]
		],
		notes: [
			`Budget for this mode: ${report.settings.budgetS / 60} min; ${report.totalMs / 1000 <= report.settings.budgetS ? 'within' : 'OVER'} budget.`
		]
	});
	return out;
}

export function headerLines(report) {
	return [`Date: ${report.date}`, ...machineLines(report.machine), report.modeLine];
}

const kib = (b) => `${fmt.kib(b)} KiB`;
const pathOf = (url) => {
	try {
		const u = new URL(url);
		return u.pathname + u.search;
	} catch {
		return url;
	}
};

/** First-view reasons: where the bytes and the time go. */
function firstViewReasons(fv, failing) {
	const out = [];
	for (const ours of ['ours', 'ours10k']) {
		const page = fv.pages?.[ours];
		if (!page) continue;
		const label = page.label.split(' (')[0];
		const bytesFail = failing.some(
			(t) => t.target.startsWith('first view bytes') && t.target.includes(label)
		);
		const timeFail = failing.some(
			(t) => t.target.startsWith('first view time') && t.target.includes(label)
		);
		if (!bytesFail && !timeFail) continue;
		const run = firstView.medianRun(page);
		const top = run.requests
			.slice(0, 4)
			.map((r) => `${kib(r.bytes)} ${pathOf(r.url)}`)
			.join(', ');
		const doc = run.requests.find((r) => /\/(\?|$)/.test(pathOf(r.url)));
		const jsFiles = run.requests.filter((r) => /\.m?js(\?|$)/.test(r.url));
		const js = jsFiles.reduce((s, r) => s + r.bytes, 0);
		const jsCount = jsFiles.length;
		if (bytesFail)
			out.push(
				`First view bytes, ${label}: ${kib(page.bytes.median)} before the map is idle, against ` +
					`${kib(fv.pages.gzip?.bytes.median)} (gzip) and ${kib(fv.pages.plain?.bytes.median)} (plain) for the ` +
					`Leaflet page with the whole GeoJSON. JavaScript: ${kib(js)} in ${jsCount} files; ` +
					`the largest requests: ${top}.` +
					(doc && doc.bytes > 100 * 1024
						? ` The HTML document is ${kib(doc.bytes)} compressed` +
							(fv.documents?.[ours]
								? ` (${kib(fv.documents[ours].rawBytes)} decoded, ${fmt.ms(fv.documents[ours].serverMs)} ms on the server)`
								: '') +
							' (it carries the page data and the server-rendered list).'
						: '')
			);
		if (timeFail)
			out.push(
				`First view time, ${label}: map idle after ${fmt.ms(page.timeMs.median)} ms against ` +
					`${fmt.ms(fv.pages.gzip?.timeMs.median)} ms (gzip baseline). Before idle it makes ${run.requests.length} requests ` +
					`and MapLibre renders with WebGL, which headless Chromium runs in software (SwiftShader) here, while the baseline draws SVG.` +
					(doc ? ` The document finished at ${doc.at} ms.` : '')
			);
	}
	return out;
}

/** The sentence on a query's most expensive statement, or nothing without one. */
const statementNote = (stmt) =>
	stmt
		? `. Its most expensive statement (${fmt.ms1(stmt.ms)} ms): ${stmt.sql.slice(0, 160)}…, plan: ${stmt.plan.map((l) => l.trim()).join(' / ')}`
		: '';

/** API reasons: server CPU per request, where one request's time goes, how responses grow. */
function apiReasons(srv, failing) {
	const out = [];
	const profileOf = (scaleId, id) =>
		srv.scales[scaleId]?.api?.profile?.queries?.find((p) => p.id === id);
	/** A query's profiles at 1k and 100k, and its most expensive statement at 100k. */
	const growthProfiles = (id) => {
		const p100 = profileOf('100k', id);
		return { p1: profileOf('1k', id), p100, stmt: p100?.statements?.[0] };
	};
	const rpsFail = failing.find((t) => t.target.startsWith('req/s at 10k'));
	const q10 = srv.scales['10k']?.api?.queries;
	if (rpsFail && q10) {
		const list = Object.entries(q10).filter(([, q]) => q.ours);
		const worst = list.reduce((a, b) => (b[1].ratio < a[1].ratio ? b : a), list[0]);
		const heaviest = list.reduce((a, b) =>
			b[1].ours.cpuMsPerRequest > a[1].ours.cpuMsPerRequest ? b : a
		);
		const parts = (id) => {
			const p = profileOf('10k', id);
			return p
				? `SQL ${fmt.ms1(p.ms.sql)} ms, the rest of the route ${fmt.ms1(p.ms.route)} ms, Brotli ${fmt.ms1(p.ms.compress)} ms for ${p.rows} rows of ${p.count} (a repeat of the same URL: ${fmt.ms1(p.ms.hit)} ms)`
				: 'no profile';
		};
		const p = profileOf('10k', heaviest[0]);
		const cached = p && p.ms.hit < p.ms.total / 4;
		out.push(
			`API req/s at 10k: ${rpsFail.failing?.length ?? 0} of ${list.length} queries stay under half of the static ceiling ` +
				`(worst ${worst[1].label}: ${fmt.rps(worst[1].ours.rps)} against ${fmt.rps(worst[1].static.rps)} req/s). ` +
				`The server spends ${fmt.ms1(heaviest[1].ours.cpuMsPerRequest)} ms of CPU per request on ${heaviest[1].label} under load ` +
				`(the static file: ${fmt.ms1(heaviest[1].static.cpuMsPerRequest)} ms); in app code, a first request: ${parts(heaviest[0])}. ` +
				(cached
					? "Repeats are served from the route's cache, so what remains under load is the per-request cost of the framework path (hooks, routing, Response objects) against the static handler, which answers before SvelteKit runs."
					: 'Every request runs the query, builds the list, serialises and compresses it again: nothing is cached between requests although the lists only change when records_version does.')
		);
	}
	const growthFail = failing.find(
		(t) => t.target.startsWith('p95 at 100k') && !t.target.includes('uncached')
	);
	const q1 = srv.scales['1k']?.api?.queries;
	const q100 = srv.scales['100k']?.api?.queries;
	if (growthFail && q1 && q100)
		for (const [id, q] of Object.entries(q100)) {
			if (!q.ours || !q1[id]?.ours) continue;
			const g = q.ours.p95 / q1[id].ours.p95;
			if (g <= 3) continue;
			const { p1, p100, stmt } = growthProfiles(id);
			out.push(
				`p95 growth, ${q.label}: ${fmt.ms1(q1[id].ours.p95)} ms at 1k, ${fmt.ms1(q.ours.p95)} ms at 100k (x${fmt.ratio(g)}). ` +
					`Matches grow from ${p1?.count ?? '?'} to ${p100?.count ?? '?'}, rows sent from ${p1?.rows ?? '?'} (${kib(q1[id].wireBytes)}) to ${p100?.rows ?? '?'} (${kib(q.wireBytes)})` +
					(p100 && p100.rows === p100.count
						? ': the endpoint returns every match (no paging), so the work per request grows with N; '
						: '; ') +
					`CPU per request ${fmt.ms1(q1[id].ours.cpuMsPerRequest)} → ${fmt.ms1(q.ours.cpuMsPerRequest)} ms` +
					(p100
						? `; one first request at 100k: SQL ${fmt.ms1(p100.ms.sql)} ms, rest of the route ${fmt.ms1(p100.ms.route)} ms, Brotli ${fmt.ms1(p100.ms.compress)} ms`
						: '') +
					statementNote(stmt) +
					'.'
			);
		}
	const coldFail = failing.find((t) => t.target.includes('uncached'));
	if (coldFail && q1 && q100)
		for (const [id, q] of Object.entries(q100)) {
			const a = q1[id]?.uncached;
			const b = q.uncached;
			if (!a || !b || b.p95 / a.p95 <= 3) continue;
			const { p1, p100, stmt } = growthProfiles(id);
			out.push(
				`Uncached p95 growth, ${q.label}: ${fmt.ms1(a.p95)} ms at 1k, ${fmt.ms1(b.p95)} ms at 100k (x${fmt.ratio(b.p95 / a.p95)}). ` +
					`Every request counts its matches (${p1?.count ?? '?'} at 1k, ${p100?.count ?? '?'} at 100k) and finds its first ${p100?.rows ?? '?'} rows; ` +
					`with 50 connections in flight a request waits for about 50 others, so p95 follows the work of one request: ` +
					`${fmt.ms1(a.oneConnMs)} → ${fmt.ms1(b.oneConnMs)} ms one at a time` +
					(p100
						? ` (at 100k: SQL ${fmt.ms1(p100.ms.sql)} ms, the rest ${fmt.ms1(p100.ms.route)} ms)`
						: '') +
					statementNote(stmt) +
					'. Counting grows with the matches; repeated queries do not pay it (cached, first table).'
			);
		}
	const errFail = failing.find((t) => t.target.startsWith('zero errors'));
	if (errFail)
		for (const [scaleId, s] of Object.entries(srv.scales))
			for (const q of Object.values(s.api?.queries ?? {})) {
				if (q.error) out.push(`Errors: ${q.label} at ${scaleId}: ${q.error}.`);
				else if (q.ours && q.static)
					for (const side of ['ours', 'static']) {
						const r = q[side];
						if (r.errors + r.timeouts + r.non2xx)
							out.push(
								`Errors: ${q.label} at ${scaleId} (${side}): ${r.errors} errors, ${r.timeouts} timeouts, ` +
									`${r.non2xx} non-2xx (status codes ${JSON.stringify(r.statusCodes)}` +
									`${Object.keys(r.errorKinds ?? {}).length ? `; errors ${JSON.stringify(r.errorKinds)}` : ''}).` +
									(r.errorKinds?.ECONNRESET
										? " ECONNRESET: the server closed kept-alive connections, most likely because its 5 s keep-alive timeout (adapter-node KEEP_ALIVE_TIMEOUT) expired while the event loop was blocked by other requests' synchronous work (SQLite, JSON, Brotli run on the main thread)."
										: '')
							);
					}
			}
	return out;
}

/** Why each target not met is not met, in sentences built from the run's own figures. */
export function reasons(report) {
	const failing = targetSummary(report).filter((t) => t.pass === false);
	if (!failing.length) return [];
	const out = [];
	const { firstView: fv, filterChange: fc, server: srv, merge: mg } = report.measures;
	if (fv?.pages) out.push(...firstViewReasons(fv, failing));
	for (const f of Object.values(fv?.failed ?? {}))
		out.push(`First view, ${f.label}: the page failed: ${f.error.split('\n')[0]}`);
	if (fc?.comparisons) out.push(...filterChange.reasons(fc));
	if (srv?.scales) out.push(...apiReasons(srv, failing));
	if (mg?.target && mg.target.pass === false)
		out.push(
			`Merged area: ${fmt.ms1(mg.target.measuredMs)} ms for ${mg.target.members} members (target ${mg.target.ms} ms).`
		);
	for (const [id, r] of Object.entries(report.measures))
		if (r?.error) out.push(`The ${id} measure failed to run: ${r.error.split('\n')[0]}`);
	return out;
}
