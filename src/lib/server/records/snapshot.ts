/**
 * A practice as stored versus as it would be stored: the snapshot, the normalised input and the
 * fields that differ, to tell what an import would change (and to skip writes that change nothing).
 */
import type { Db } from '../db';
import { contentLang } from '../../content-lang';
import { toSafeHtml } from '../rich-text';
import { dedupePractice } from './dedupe';
import { attachmentsOf, metrykaFromRow, sourcesOf } from './rows';
import type { PracticeInput } from './types';

/** The practice as stored, in the shape of PracticeInput, to tell what an import would change. */
export function practiceSnapshot(db: Db, id: number): PracticeInput {
	const c = db.$client;
	const r = c.prepare('SELECT * FROM practices WHERE id = ?').get(id) as Record<string, unknown>;
	const list = <T>(sql: string) => c.prepare(sql).all(id) as T[];
	return {
		slug: r.slug as string,
		artId: (r.art_id as number | null) ?? null,
		sourceUrl: (r.source_url as string | null) ?? null,
		title: r.title as string,
		titleLang: (r.title_lang as 'pl' | 'en' | null) ?? contentLang(r.title as string),
		summaryLang: (r.summary_lang as 'pl' | 'en' | null) ?? contentLang(r.summary as string),
		section: r.section as string,
		summary: r.summary as string,
		presentation: (r.presentation as string | null) ?? null,
		keywords: JSON.parse(r.keywords as string),
		metryka: metrykaFromRow(r),
		unitCode: r.unit_code as string | null,
		units: list<{ unit_code: string }>(
			`SELECT unit_code FROM practice_units WHERE practice_id = ? ORDER BY rowid`
		).map((u) => u.unit_code),
		namedPartners: list<{ name: string; unit_code: string | null; note: string | null }>(
			`SELECT name, unit_code, note FROM practice_partners WHERE practice_id = ? ORDER BY position`
		).map((p) => ({ name: p.name, teryt: p.unit_code, reason: p.note })),
		partnershipSlugs: list<{ slug: string }>(
			`SELECT p.slug FROM practice_partnerships pp JOIN partnerships p ON p.id = pp.partnership_id
			WHERE pp.practice_id = ? ORDER BY p.slug`
		).map((p) => p.slug),
		sources: sourcesOf(db, 'practice', id),
		attachments: attachmentsOf(db, id),
		status: r.status as PracticeInput['status']
	};
}

/** Normalises input the way it will be stored, so a comparison with a snapshot is fair. */
export function normalisePractice(p: PracticeInput): PracticeInput {
	p = dedupePractice(p);
	return {
		...p,
		titleLang: p.titleLang ?? contentLang(p.title),
		summaryLang: p.summaryLang ?? contentLang(p.summary),
		sourceUrl: p.sourceUrl ?? null,
		presentation: toSafeHtml(p.presentation),
		unitCode: p.unitCode ?? p.units[0] ?? null,
		units: [...new Set(p.units)],
		partnershipSlugs: [...new Set(p.partnershipSlugs)].sort(),
		attachments: p.attachments ?? []
	};
}

/** Field names whose values differ between the stored practice and the input. */
export function diffPractice(before: PracticeInput, after: PracticeInput): string[] {
	const a = before as unknown as Record<string, unknown>;
	const b = after as unknown as Record<string, unknown>;
	const changed: string[] = [];
	for (const key of Object.keys(b)) {
		if (key === 'metryka') {
			for (const [mk, mv] of Object.entries(after.metryka))
				if (
					JSON.stringify(mv) !== JSON.stringify(before.metryka[mk as keyof typeof before.metryka])
				)
					changed.push(`metryka.${mk}`);
		} else if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) changed.push(key);
	}
	return changed;
}
