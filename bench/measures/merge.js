/**
 * Measure "merged area": recomputing a partnership's merged area with the app's own
 * computeArea/recomputeArea (src/lib/server/partnerships/area.ts) for 5, 41 and 300 member gminy,
 * against a naive loop that unions the members one at a time, in the same process
 * (lib/merge-bench.ts through tsx). Target (issue 6): 41 members under 50 ms.
 */
import { join } from 'node:path';
import { fmt } from '../lib/table.js';
import { runTsx } from '../lib/tsx.js';

export const id = 'merge';
export const TARGET = { members: 41, ms: 50 };

export async function run(env, { settings, log }) {
	log(
		`Merged areas: ${settings.mergeRuns} runs each (naive baseline: ${settings.mergeBaselineRuns}), app code through tsx…`
	);
	const result = await runTsx(
		env.root,
		'bench/lib/merge-bench.ts',
		[
			'--runs',
			String(settings.mergeRuns),
			'--baseline-runs',
			String(settings.mergeBaselineRuns),
			...(Number.isFinite(settings.mergeNaiveMaxMembers)
				? ['--naive-max-members', String(settings.mergeNaiveMaxMembers)]
				: [])
		],
		{ logFile: join(env.out, 'merge.log') }
	);
	result.srcChangedSinceBuild = env.srcChanged?.() ?? false;
	const target = result.cases.find((c) => c.members === TARGET.members);
	result.target = {
		...TARGET,
		measuredMs: target?.recomputeMs.median ?? NaN,
		pass: target ? target.recomputeMs.median < TARGET.ms : null
	};
	for (const c of result.cases)
		log(
			`  ${String(c.members).padStart(3)} members: recomputeArea ${fmt.ms1(c.recomputeMs.median)} ms, naive ${fmt.ms1(c.naiveMs.median)} ms`
		);
	return result;
}

const right = (label) => ({ label, align: 'right' });

export function sections(result) {
	return [
		{
			title: `Merged area of a partnership: the app's union vs a naive one-at-a-time union (medians; ${result.runs} runs, naive ${result.baselineRuns})`,
			columns: [
				right('Members'),
				{ label: 'Case', align: 'left' },
				right('Vertices in/out'),
				right('recomputeArea ms'),
				right('p25-p75'),
				right('computeArea ms'),
				right('Naive ms'),
				right('Ratio'),
				{ label: 'Target', align: 'left' }
			],
			rows: result.cases.map((c) => [
				String(c.members),
				c.label,
				`${c.inputVertices}/${c.outputVertices}`,
				fmt.ms1(c.recomputeMs.median),
				`${fmt.ms1(c.recomputeMs.p25)}-${fmt.ms1(c.recomputeMs.p75)}`,
				fmt.ms1(c.computeMs.median),
				fmt.ms1(c.naiveMs.median),
				fmt.ratio(c.recomputeMs.median / c.naiveMs.median),
				c.members === TARGET.members
					? `< ${TARGET.ms} ms: ${fmt.passFail(c.recomputeMs.median < TARGET.ms)}`
					: ''
			]),
			notes: [
				'recomputeArea: what savePartnership runs when members change (read members, turf union of all at once, area, bbox, population, label point, UPDATE); computeArea: the union and area alone. Naive: acc = union(acc, next) over the same polygons with the same turf.',
				'In an in-memory database loaded with the bundled data; 5 and 41 are the real Blisko Krakowa and Metropolia GZM, 300 is a SYNTHETIC group of neighbouring gminy around Łódź.',
				...(result.srcChangedSinceBuild
					? [
							'src/ changed during this run: this ran the code of src/ as it was at the time, not the build of the other measures.'
						]
					: [])
			]
		}
	];
}
