/**
 * Measure "API list queries": /api/v1/practices and /api/v1/partnerships with region, section and
 * text filters, at each synthetic scale, under 50 concurrent connections (autocannon on
 * 127.0.0.1), against the static-file ceiling: the same bytes served as a static file by the same
 * server (lib/static-mirror.js), and against the same bytes from memory by a bare node:http server
 * (lib/bare-server.js), what Node itself can do here. Also where the time of one request goes (lib/api-profile.ts) and
 * what saving one record costs at that scale. Runs inside measures/server.js, which starts the app
 * per scale; this module holds the queries, the per-scale run and the report tables.
 *
 * Targets (issue 6): at least half the static ceiling's requests/s at 10k; p95 growing at most 3x
 * from 1k to 100k practices; zero errors under load.
 * Over 300 lines: one measure end to end (plans, runs, baselines, report section); its parts share the run's state.
 */
import { join } from 'node:path';
import { fetchRaw } from '../lib/static-mirror.js';
import { planRun, runLoad } from '../lib/load.js';
import { median, summarizeRuns } from '../lib/stats.js';
import { BUSY_NOTE, columns, fmt, left, right } from '../lib/table.js';
import { runTsx } from '../lib/tsx.js';

export const TARGETS = { rpsRatioAt10k: 0.5, p95Growth: 3 };

export const QUERIES = [
	['practices', 'woj=12'],
	['practices', 'pow=1206'],
	['practices', 'kat=wspolpraca-miedzy-jst'],
	['practices', 'q=krakow'],
	['partnerships', 'woj=12'],
	['partnerships', 'pow=1206'],
	['partnerships', 'q=krakow']
].map(([kind, params]) => ({
	id: `${kind}-${params.replace(/[^a-z0-9]+/gi, '-')}`,
	kind,
	params,
	label: `${kind}?${params}`,
	path: `/api/v1/${kind}?${params}`
}));

/** Synthetic record indexes beyond every scale: the same new records are saved at each scale. */
const WRITE_PROBE_INDEX = 500_000;

const bad = (r) => r.errors + r.timeouts + r.non2xx;

/** Median of `n` sequential requests (no concurrency): the service time without queueing. */
async function sequentialMs(url, n, unique = null) {
	const times = [];
	for (let i = 0; i < n; i++) {
		const res = await fetchRaw(unique ? unique(url, i) : url);
		if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}`);
		times.push(res.ms);
	}
	return median(times);
}

/**
 * Runs the API measure on a started app (`session`, from measures/server.js) whose static mirror
 * holds every query's body. Ours and static alternate, `settings.loadRuns` times each.
 */
export async function runAt(session, settings, log) {
	const { app, scale, mirrored } = session;
	const queries = {};
	for (const q of QUERIES) {
		const m = mirrored.api[q.id];
		if (m.status !== 200) {
			queries[q.id] = { label: q.label, error: `HTTP ${m.status} from the app` };
			continue;
		}
		const staticPath = m.mirrorPath;
		// One request at a time (warm: after the unmeasured warm-up load): the service time
		// without queueing, which also decides how long a run must be (lib/load.js planRun).
		const oneConn = {
			ours: await sequentialMs(app.url + q.path, settings.sequential),
			static: await sequentialMs(app.url + staticPath, settings.sequential)
		};
		const plan = {
			ours: planRun(oneConn.ours, {
				seconds: settings.loadSeconds,
				maxRequests: settings.maxRequests
			}),
			static: planRun(oneConn.static, {
				seconds: settings.staticSeconds,
				maxRequests: settings.maxRequests
			})
		};
		const runs = { ours: [], static: [], bare: [] };
		const { bare } = session;
		for (let i = 0; i < settings.loadRuns; i++) {
			runs.ours.push(
				await runLoad({
					url: app.url + q.path,
					...plan.ours,
					pid: app.pid,
					onTick: session.sampleMemory('api')
				})
			);
			runs.static.push(await runLoad({ url: app.url + staticPath, ...plan.static, pid: app.pid }));
			// The bare ceiling once per query: a reference, not a side of the target.
			if (bare && i === 0 && settings.bareScales.includes(scale.id))
				runs.bare.push(
					await runLoad({ url: bare.url + staticPath, ...plan.static, pid: bare.pid })
				);
		}
		// Uncached: every request a new URL (an ignored parameter), so each runs the SQL, builds the
		// JSON and compresses it: what a load of all-different queries costs.
		let uncached = null;
		if (settings.uncachedScales.includes(scale.id)) {
			const cold = (path, i) => `${path}&_bench=${i}-${Date.now()}`;
			const oneConnMs = await sequentialMs(app.url + q.path, settings.sequential, cold);
			const plan = planRun(oneConnMs, {
				seconds: settings.loadSeconds,
				maxRequests: settings.maxRequests
			});
			const stamp = Date.now();
			const run = await runLoad({
				url: app.url,
				uniquePath: (i) => `${q.path}&_bench=${stamp}-${i}`,
				...plan,
				pid: app.pid,
				onTick: session.sampleMemory('api')
			});
			uncached = { ...summarizeRuns([run], { detail: true }), oneConnMs, plan };
		}
		const ours = summarizeRuns(runs.ours, { detail: true });
		const stat = summarizeRuns(runs.static, { detail: true });
		const bareSummary = runs.bare.length ? summarizeRuns(runs.bare, { detail: true }) : null;
		queries[q.id] = {
			label: q.label,
			path: q.path,
			staticPath,
			wireBytes: m.wireBytes,
			rawBytes: m.rawBytes,
			encoding: m.encoding,
			oneConn,
			plan,
			ours,
			static: stat,
			bare: bareSummary,
			uncached,
			ratio: ours.rps / stat.rps,
			bareRatio: bareSummary ? ours.rps / bareSummary.rps : null,
			runs
		};
		log(
			`  ${scale.id} ${q.label.padEnd(40)} ours ${fmt.rps(ours.rps).padStart(6)} req/s p95 ${fmt.ms1(ours.p95).padStart(6)} ms | static ${fmt.rps(stat.rps).padStart(6)} req/s` +
				(bareSummary ? ` | bare ${fmt.rps(bareSummary.rps).padStart(6)} req/s` : '') +
				`${bad(ours) + bad(stat) ? ` | NOT OK: ours ${bad(ours)}, static ${bad(stat)}` : ''}`
		);
	}
	return { queries };
}

/** Where the time of one request goes, with the app's modules through tsx (app idle meanwhile). */
export async function profileAt(session, settings, env) {
	return runTsx(
		env.root,
		'bench/lib/api-profile.ts',
		[
			'--db',
			session.app.dbPath,
			'--queries',
			JSON.stringify(QUERIES.map(({ id, kind, params }) => ({ id, kind, params }))),
			'--runs',
			String(settings.profileRuns),
			'--write-probe',
			String(WRITE_PROBE_INDEX)
		],
		{ logFile: join(env.out, 'profile.log') }
	);
}

const lat = (s) => `${fmt.ms1(s.p50)} / ${fmt.ms1(s.p95)} / ${fmt.ms1(s.p99)}`;
const notOk = (s) => `${s.errors}/${s.timeouts}/${s.non2xx}`;

/** Target checks from the per-scale results. */
export function targets(result) {
	const at = (id) => result.scales[id]?.api?.queries;
	const out = [];
	const q10 = at('10k');
	if (q10) {
		const ratios = Object.values(q10).filter((q) => q.ratio !== undefined);
		const worst = ratios.reduce((a, b) => (b.ratio < a.ratio ? b : a), ratios[0]);
		out.push({
			target: `req/s at 10k >= ${TARGETS.rpsRatioAt10k} x static ceiling (every query)`,
			value: worst ? `worst ${fmt.ratio(worst.ratio)} (${worst.label})` : '–',
			pass: ratios.length > 0 && ratios.every((q) => q.ratio >= TARGETS.rpsRatioAt10k),
			failing: ratios.filter((q) => q.ratio < TARGETS.rpsRatioAt10k).map((q) => q.label)
		});
	} else out.push({ target: 'req/s at 10k', value: 'not measured', pass: null });
	const q1 = at('1k');
	const q100 = at('100k');
	if (q1 && q100) {
		const growth = Object.keys(q1)
			.filter((id) => q1[id].ours && q100[id]?.ours)
			.map((id) => ({ label: q1[id].label, g: q100[id].ours.p95 / q1[id].ours.p95 }));
		const worst = growth.reduce((a, b) => (b.g > a.g ? b : a), growth[0]);
		out.push({
			target: `p95 at 100k <= ${TARGETS.p95Growth} x p95 at 1k (every query)`,
			value: worst ? `worst ${fmt.ratio(worst.g)}x (${worst.label})` : '–',
			pass: growth.length > 0 && growth.every((x) => x.g <= TARGETS.p95Growth),
			failing: growth.filter((x) => x.g > TARGETS.p95Growth).map((x) => x.label)
		});
		const cold = Object.keys(q1)
			.filter((id) => q1[id].uncached && q100[id]?.uncached)
			.map((id) => ({
				label: q1[id].label,
				g: q100[id].uncached.p95 / q1[id].uncached.p95
			}));
		if (cold.length) {
			const worstCold = cold.reduce((a, b) => (b.g > a.g ? b : a), cold[0]);
			out.push({
				target: `p95 at 100k <= ${TARGETS.p95Growth} x p95 at 1k, uncached (every request a new URL; stricter than the issue asks)`,
				value: `worst ${fmt.ratio(worstCold.g)}x (${worstCold.label})`,
				pass: cold.every((x) => x.g <= TARGETS.p95Growth),
				failing: cold.filter((x) => x.g > TARGETS.p95Growth).map((x) => x.label)
			});
		}
	} else
		out.push({
			target: `p95 at 100k <= ${TARGETS.p95Growth} x p95 at 1k`,
			value: 'not measured (needs 1k and 100k; --quick runs 1k and 10k)',
			pass: null
		});
	let errors = 0;
	let measured = 0;
	for (const s of Object.values(result.scales))
		for (const q of Object.values(s.api?.queries ?? {})) {
			if (q.error) errors++;
			if (!q.ours) continue;
			measured++;
			errors += bad(q.ours) + bad(q.static) + (q.bare ? bad(q.bare) : 0);
			errors += q.uncached ? bad(q.uncached) : 0;
		}
	out.push({
		target: 'zero errors, timeouts and non-2xx under load (ours cached and uncached, static, bare)',
		value: `${errors}`,
		pass: measured > 0 ? errors === 0 : null
	});
	return out;
}

/** The three most expensive statements, one per SQL text (the worst occurrence of each). */
function topStatements(statements) {
	const seen = new Set();
	return [...statements]
		.sort((a, b) => b.ms - a.ms)
		.filter((st) => {
			const key = st.sql.replace(/\?/g, '');
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		})
		.slice(0, 3);
}

export const verdict = (pass) => (pass === null ? 'n/a' : fmt.passFail(pass));

export function sections(result) {
	const { settings } = result;
	const rows = [];
	const profileRows = [];
	const writeRows = [];
	const statements = [];
	let srcChanged = false;
	for (const [scaleId, s] of Object.entries(result.scales)) {
		if (!s.api) continue;
		for (const q of Object.values(s.api.queries)) {
			if (q.error) {
				rows.push([q.label, scaleId, '–', '–', '–', '–', '–', '–', '–', q.error, '', '']);
				continue;
			}
			rows.push([
				q.label,
				scaleId,
				fmt.kib(q.wireBytes),
				fmt.rpsBusy(q.ours),
				fmt.rpsBusy(q.static),
				fmt.ratio(q.ratio),
				q.bare ? fmt.rpsBusy(q.bare) : '–',
				q.bareRatio === null || q.bareRatio === undefined ? '–' : fmt.ratio(q.bareRatio),
				`${fmt.ms1(q.ours.cpuMsPerRequest)} | ${fmt.ms1(q.static.cpuMsPerRequest)}`,
				lat(q.ours),
				lat(q.static),
				`${notOk(q.ours)} | ${notOk(q.static)}`
			]);
		}
		const profile = s.api.profile;
		if (profile?.error) profileRows.push([`(${profile.error.split('\n')[0]})`, scaleId]);
		if (profile?.srcChangedSinceBuild) srcChanged = true;
		for (const p of profile?.queries ?? []) {
			const q = s.api.queries[p.id];
			profileRows.push([
				q?.label ?? p.id,
				scaleId,
				p.count === null ? '–' : String(p.count),
				p.rows === null ? '–' : String(p.rows),
				fmt.ms1(p.ms.sql),
				fmt.ms1(p.ms.route),
				fmt.ms1(p.ms.compress),
				fmt.ms1(p.ms.total),
				fmt.ms1(p.ms.hit),
				q?.oneConn ? fmt.ms1(q.oneConn.ours) : '–',
				q?.oneConn ? fmt.ms1(q.oneConn.static) : '–'
			]);
			for (const st of p.statements) statements.push({ ...st, label: q?.label ?? p.id, scaleId });
		}
		if (profile?.write)
			writeRows.push([
				scaleId,
				String(profile.write.ftsRows),
				fmt.ms1(profile.write.savePracticeMs),
				fmt.ms1(profile.write.savePartnershipMs),
				fmt.ms1(profile.write.ftsDeleteMs)
			]);
	}
	const coldRows = [];
	for (const [scaleId, s] of Object.entries(result.scales))
		for (const q of Object.values(s.api?.queries ?? {}))
			if (q.uncached)
				coldRows.push([
					q.label,
					scaleId,
					fmt.rpsBusy(q.uncached),
					fmt.ms1(q.uncached.cpuMsPerRequest),
					lat(q.uncached),
					fmt.ms1(q.uncached.oneConnMs),
					q.uncached.plan.amount
						? `${q.uncached.plan.amount} requests`
						: `${q.uncached.plan.seconds} s`,
					notOk(q.uncached)
				]);
	const amountRuns = [];
	for (const [scaleId, s] of Object.entries(result.scales))
		for (const q of Object.values(s.api?.queries ?? {}))
			for (const side of ['ours', 'static'])
				if (q.plan?.[side].amount)
					amountRuns.push(`${q.label} at ${scaleId} (${side}): ${q.plan[side].amount} requests`);
	const main = {
		title: `API list queries, 50 connections on 127.0.0.1: ours vs the same bytes as a static file (median of ${settings.loadRuns} run(s) of ${settings.loadSeconds} s, static ${settings.staticSeconds} s, or of N requests when slow)`,
		columns: columns(
			['Query', 'N'],
			[
				'KiB (br)',
				'Ours req/s',
				'Static req/s',
				'Ratio',
				'Bare Node req/s',
				'Ratio to bare',
				'CPU ms/req ours | static',
				'Ours p50/p95/p99 ms',
				'Static p50/p95/p99 ms',
				'err/timeout/non2xx ours | static'
			]
		),
		rows,
		notes: [
			'Static: the response body the app sent, saved as a file (with its .br) in the client folder of the bench copy of the build, served by adapter-node (sirv) in the same process: the ceiling the issue names (the target is checked against it).',
			"Bare Node: the same bytes from memory by a bare node:http server in a process of its own (bench/lib/bare-server.js): what Node itself answers on this machine. Ours can beat the static file because repeated list queries are answered from memory by the server's fast lane (scripts/serve.js) before SvelteKit and before sirv's per-request file system work; the bare server shows how close that lane comes to Node's own limit (near it, the load tool in the bench process may be the limit, see *).",
			'N: synthetic scale (1k = 1,000 practices and 200 partnerships; 10k = 10,000/2,000; 100k = 100,000/20,000), plus the bundled real records.',
			BUSY_NOTE,
			'CPU ms/req: CPU time of the server process (user + system, /proc) from the start of a run until it was idle again, over the requests sent: the cost of one request whatever else the machine was doing. 1000 / CPU ms is the req/s one core could give.',
			...(amountRuns.length
				? [
						`Slow responses (50 connections would not get answers within a ${settings.loadSeconds} s run) were run as a fixed number of requests instead: ${amountRuns.join('; ')}.`
					]
				: [])
		]
	};
	const tgt = targets(result);
	const targetSection = {
		title: 'API targets (issue 6)',
		columns: columns(['Target', 'Measured', 'Result']),
		rows: tgt.map((t) => [t.target, t.value, verdict(t.pass)]),
		notes: tgt
			.filter((t) => t.failing?.length)
			.map((t) => `Failing "${t.target.split(' (')[0]}": ${t.failing.join(', ')}`)
	};
	const coldSection = coldRows.length && {
		title:
			'API list queries uncached: 50 connections, every request a URL not asked before (an ignored _bench parameter), so each one runs its SQL, builds its JSON and compresses it',
		columns: [
			...columns(['Query', 'N'], ['req/s', 'CPU ms/req', 'p50/p95/p99 ms', '1-conn ms']),
			left('Run'),
			right('err/timeout/non2xx')
		],
		rows: coldRows,
		notes: [
			'The load of a server whose visitors never ask the same list twice; the table above is the load of repeated queries (the common case: the map page, embeds of one gmina, the same filters shared by link). 1-conn: one request at a time, median.'
		]
	};
	const out = [main, ...(coldSection ? [coldSection] : []), targetSection];
	if (profileRows.length)
		out.push({
			title: `Where one request's time goes (the app's route handler and compress() through tsx, no load, median of ${settings.profileRuns} runs)`,
			columns: columns(
				['Query', 'N'],
				[
					'Matches',
					'Rows sent',
					'SQL ms',
					'Rest of route ms',
					'Brotli ms',
					'First request ms',
					'Repeat ms',
					'HTTP 1-conn ms',
					'Static 1-conn ms'
				]
			),
			rows: profileRows,
			notes: [
				"First request: the route's GET handler plus the app's compress() for a URL not asked before (an ignored `_profile` parameter defeats any response cache); SQL: every statement it ran (timed by wrapping prepare()); Rest of route: the handler's other work (row mapping, sorting, JSON); Brotli: compress(). Repeat: the same URL again (served from the route's cache if it keeps one). HTTP 1-conn: one request at a time over HTTP to the running server, warm, median.",
				...topStatements(statements).flatMap((st, i) => [
					`Statement ${i + 1} by time: ${fmt.ms1(st.ms)} ms${st.count > 1 ? ` (${st.count} runs)` : ''} for ${st.label} at ${st.scaleId}: ${st.sql.slice(0, 300)}${st.sql.length > 300 ? '…' : ''}`,
					`  plan: ${st.plan.map((l) => l.trim()).join(' | ')}`
				]),
				...(srcChanged
					? [
							'src/ changed during this run: the profile ran the code of src/ as it was then, the server the build made at the start.'
						]
					: [])
			]
		});
	if (writeRows.length)
		out.push({
			title: 'Saving one new record at scale (app code, rolled back; median)',
			columns: columns(
				['N'],
				['search_index rows', 'savePractice ms', 'savePartnership ms', 'FTS delete-by-record ms']
			),
			rows: writeRows,
			notes: [
				'FTS delete-by-record: `DELETE FROM search_index WHERE kind = ? AND record_id = ?`, which indexPractice/indexPartnership run first on every save; kind and record_id are UNINDEXED FTS5 columns, so it scans the whole index.'
			]
		});
	return out;
}
