/**
 * Repeated values removed from records before they are written (and before a stored record is
 * compared with an import), so that a record page can key its lists by value.
 */
import { safeHref } from '../../safe-url';
import type { PartnershipInput, PracticeInput } from './types';

/** The first of each group of items with the same key; later ones may fill its empty fields. */
function uniqueBy<T>(
	items: readonly T[],
	key: (item: T) => string,
	merge?: (kept: T, dup: T) => T
): T[] {
	const kept = new Map<string, T>();
	for (const item of items) {
		const k = key(item);
		const first = kept.get(k);
		if (first === undefined) kept.set(k, item);
		else if (merge) kept.set(k, merge(first, item));
	}
	return [...kept.values()];
}

/** Same text whatever the case and spacing: "Gmina  Skawina" and "gmina skawina" are one. */
const textKey = (s: string | null | undefined) =>
	(s ?? '').trim().replace(/\s+/g, ' ').toLowerCase();

/** Two spellings of one link ("www.gmina.pl", "https://www.gmina.pl/") are one website. */
function urlKey(url: string): string {
	return safeHref(url) ?? url.trim();
}

/**
 * Repeated values removed, so that a record page can key its lists by value: websites (by the
 * link they make), keywords, contacts (by name; a repeated name's other role is appended),
 * attachments (by file name; a duplicate fills the first's missing title, type, size, URL),
 * sources, named partners, other members, units and members.
 */
export function dedupePractice(p: PracticeInput): PracticeInput {
	const trimmed = (list: string[]) => list.map((s) => s.trim()).filter((s) => s !== '');
	return {
		...p,
		keywords: uniqueBy(trimmed(p.keywords), textKey),
		metryka: {
			...p.metryka,
			websites: uniqueBy(trimmed(p.metryka.websites), (w) => urlKey(w)),
			contacts: uniqueBy(
				p.metryka.contacts.map((c) => ({ ...c, name: c.name.trim() })),
				(c) => textKey(c.name),
				(a, b) =>
					b.role && !textKey(a.role).includes(textKey(b.role))
						? { ...a, role: a.role ? `${a.role}, ${b.role}` : b.role }
						: a
			)
		},
		units: [...new Set(p.units)],
		namedPartners: uniqueBy(p.namedPartners, (n) => `${textKey(n.name)}\u0000${n.teryt ?? ''}`),
		partnershipSlugs: [...new Set(p.partnershipSlugs)],
		sources: uniqueBy(p.sources, (s) => `${textKey(s.name)}\u0000${s.url ? urlKey(s.url) : ''}`),
		attachments: uniqueBy(
			p.attachments ?? [],
			(a) => a.fileName,
			(a, b) => ({
				...a,
				title: a.title ?? b.title,
				fileType: a.fileType ?? b.fileType,
				sizeBytes: a.sizeBytes ?? b.sizeBytes,
				url: a.url ?? b.url
			})
		)
	};
}

export function dedupePartnership(p: PartnershipInput): PartnershipInput {
	return {
		...p,
		members: uniqueBy(p.members, (m) => m.teryt),
		otherMembers: uniqueBy(
			p.otherMembers,
			(o) => `${textKey(o.name)}\u0000${o.country ?? ''}\u0000${textKey(o.town)}`
		),
		sources: uniqueBy(p.sources, (s) => `${textKey(s.name)}\u0000${s.url ? urlKey(s.url) : ''}`)
	};
}
