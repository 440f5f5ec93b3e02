/**
 * Likely duplicates of a submitted record among the records kept (any state but archived): a
 * similar title (the share of word stems the two titles have in common, Polish-folded, short
 * words ignored), the same members (partnerships: most of the gminy in common) or the same gmina
 * with a somewhat similar title (practices). Shown to the reviewer, never decided automatically.
 */
import type { Db } from '../db';
import type { RecordType } from '../../domain/records';
import { foldPolish, stem } from '../../text';
import type { PartnershipInput, PracticeInput } from '../records/types';
import type { AnyInput } from '../curation/snapshots';

export interface Duplicate {
	type: RecordType;
	id: number;
	title: string;
	status: string;
	/** Why it looks like one: 'title', 'members', 'unit'. */
	reasons: ('title' | 'members' | 'unit')[];
	/** 0–1: how alike the titles are. */
	titleScore: number;
	/** 0–1: the share of members in common (partnerships). */
	memberScore: number;
}

/** Title similarity from this share of common stems. */
export const TITLE_ALIKE = 0.6;
/** With the same gmina, a lower title similarity is enough. */
export const TITLE_ALIKE_SAME_UNIT = 0.3;
/** Partnerships with this share of members in common. */
export const MEMBERS_ALIKE = 0.8;
const LIMIT = 5;

/** A title's words as compared: folded, stemmed, cut to 6 letters (so declensions meet). */
export function titleStems(title: string): Set<string> {
	return new Set(
		foldPolish(title)
			.split(' ')
			.filter((w) => w.length >= 3)
			.map((w) => stem(w).slice(0, 6))
	);
}

/** Jaccard similarity of two sets (0 when both are empty). */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
	if (a.size === 0 && b.size === 0) return 0;
	let common = 0;
	for (const x of a) if (b.has(x)) common += 1;
	return common / (a.size + b.size - common);
}

export function likelyDuplicates(
	db: Db,
	type: RecordType,
	input: AnyInput,
	exceptId: number | null = null
): Duplicate[] {
	const c = db.$client;
	const out: Duplicate[] = [];
	if (type === 'praktyka') {
		const p = input as PracticeInput;
		const stems = titleStems(p.title);
		const rows = c
			.prepare(
				`SELECT p.id, p.title, p.status, p.unit_code FROM practices p WHERE p.status != 'archived'`
			)
			.all() as { id: number; title: string; status: string; unit_code: string | null }[];
		for (const r of rows) {
			if (r.id === exceptId) continue;
			const score = jaccard(stems, titleStems(r.title));
			const sameUnit = p.unitCode !== null && r.unit_code === p.unitCode;
			const reasons: Duplicate['reasons'] = [];
			if (score >= TITLE_ALIKE) reasons.push('title');
			if (sameUnit && score >= TITLE_ALIKE_SAME_UNIT) reasons.push('unit');
			if (reasons.length)
				out.push({
					type,
					id: r.id,
					title: r.title,
					status: r.status,
					reasons,
					titleScore: score,
					memberScore: 0
				});
		}
	} else {
		const p = input as PartnershipInput;
		const stems = titleStems(p.name);
		const members = new Set(p.members.map((m) => m.teryt));
		const rows = c
			.prepare(
				`SELECT p.id, p.name, p.status, group_concat(m.unit_code) AS members FROM partnerships p
				LEFT JOIN partnership_members m ON m.partnership_id = p.id
				WHERE p.status != 'archived' GROUP BY p.id`
			)
			.all() as { id: number; name: string; status: string; members: string | null }[];
		for (const r of rows) {
			if (r.id === exceptId) continue;
			const score = jaccard(stems, titleStems(r.name));
			const memberScore = jaccard(members, new Set(r.members ? r.members.split(',') : []));
			const reasons: Duplicate['reasons'] = [];
			if (score >= TITLE_ALIKE) reasons.push('title');
			if (memberScore >= MEMBERS_ALIKE) reasons.push('members');
			if (reasons.length)
				out.push({
					type,
					id: r.id,
					title: r.name,
					status: r.status,
					reasons,
					titleScore: score,
					memberScore
				});
		}
	}
	return out
		.sort((a, b) => b.titleScore + b.memberScore - (a.titleScore + a.memberScore) || a.id - b.id)
		.slice(0, LIMIT);
}
