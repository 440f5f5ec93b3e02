/**
 * Imports one page of the old good-practice database into the database: parse, resolve the gminy
 * it names to TERYT, find the practice it describes (by practice id, source URL, or title and
 * locality), and create or update it in one transaction. A page that cannot be read writes nothing.
 */
import type { Db } from '../db';
import { parsePracticePage, type ParsedPractice } from './parse-page';
import { foldPolish, matchUnit, slugify } from '../../units/match';
import { unitIndex } from '../units';
import {
	RecordError,
	diffPractice,
	normalisePractice,
	practiceSnapshot,
	savePractice,
	validatePractice
} from '../records/write';
import type { PracticeInput } from '../records/types';
import { METRYKA_FIELDS, isJsonType } from '../../domain/fields';
import { IMPORT_MAX_BYTES } from '../../limits';
import { safeHref, urlProblem } from '../../safe-url';

export interface ImportResult {
	file: string;
	status: 'created' | 'updated' | 'unchanged';
	id: number | null;
	title: string;
	changed: string[];
	resolved: { name: string; teryt: string }[];
	unresolved: { name: string; why: string }[];
	warnings: string[];
	/** Stored (or, in a dry run, to be stored) as a draft because the page is incomplete (--draft). */
	draft: boolean;
}

/** Why a file cannot be imported: "file: Polish / English", like PageParseError. */
export class ImportError extends Error {}

export interface ImportOptions {
	dryRun?: boolean;
	/** Store an incomplete page (cut off, or missing a required field) as a draft instead of refusing it. */
	draft?: boolean;
	/** Larger files are refused (default IMPORT_MAX_BYTES of src/lib/limits.ts, 5 MB). */
	maxBytes?: number;
}

/** The import size limit: IMPORT_MAX_BYTES from the environment when set, else the default. */
export function importMaxBytes(env: Record<string, string | undefined> = process.env): number {
	const raw = env.IMPORT_MAX_BYTES?.trim();
	if (!raw) return IMPORT_MAX_BYTES;
	const n = Number(raw);
	if (!Number.isSafeInteger(n) || n <= 0)
		throw new ImportError(
			`IMPORT_MAX_BYTES=„${raw.slice(0, 40)}” nie jest dodatnią liczbą bajtów / is not a positive number of bytes`
		);
	return n;
}

export function tooLargeMessage(file: string, bytes: number, max: number): string {
	return `${file}: plik ma ${bytes} bajtów, dozwolone ${max} (IMPORT_MAX_BYTES, --max-bytes) / the file has ${bytes} bytes, at most ${max} allowed (IMPORT_MAX_BYTES, --max-bytes)`;
}

/** The practice this page describes, if the database has it. */
function findExisting(db: Db, p: ParsedPractice): number | undefined {
	const c = db.$client;
	const one = (sql: string, ...args: unknown[]) =>
		(c.prepare(sql).get(...args) as { id: number } | undefined)?.id;
	if (p.artId !== null) {
		const id = one('SELECT id FROM practices WHERE art_id = ?', p.artId);
		if (id !== undefined) return id;
	}
	if (p.sourceUrl) {
		const id = one('SELECT id FROM practices WHERE source_url = ?', p.sourceUrl);
		if (id !== undefined) return id;
	}
	// A text rendering without id or URL: the same title in the same locality is the same practice.
	const title = foldPolish(p.title);
	const locality = p.locality ? foldPolish(p.locality) : null;
	const rows = c.prepare('SELECT id, title, locality FROM practices').all() as {
		id: number;
		title: string;
		locality: string | null;
	}[];
	return rows.find(
		(r) =>
			foldPolish(r.title) === title &&
			(locality === null || r.locality === null || foldPolish(r.locality) === locality)
	)?.id;
}

/** Parses and imports one file's text. Throws PageParseError / ImportError, writing nothing. */
export function importPracticePage(
	db: Db,
	text: string,
	file: string,
	options: ImportOptions = {}
): ImportResult {
	const max = options.maxBytes ?? importMaxBytes();
	// A string's UTF-8 size is at most 3 bytes per code unit: count exactly only near the limit
	if (text.length > max / 3) {
		const bytes = Buffer.byteLength(text, 'utf8');
		if (bytes > max) throw new ImportError(tooLargeMessage(file, bytes, max));
	}
	const parsed = parsePracticePage(text, { fileName: file, draft: options.draft });
	if (!parsed.sectionSlug)
		throw new ImportError(
			`${file}: nieznany dział „${parsed.section.slice(0, 80)}” / unknown section "${parsed.section.slice(0, 80)}"`
		);
	const draft = parsed.incomplete.length > 0;
	const warnings = [...parsed.warnings];
	// Links are stored only as http/https/mailto (src/lib/safe-url.ts). A relative link of the old
	// site ("pliki/a.pdf", "index.php?art=1") is resolved against the page's own absolute URL when it
	// has one, and otherwise not stored as a link (the parser already refused other schemes).
	const base = safeHref(parsed.sourceUrl);
	const link = (url: string | null, field: string): string | null => {
		if (url === null) return null;
		const problem = urlProblem(url, base);
		if (!problem) return /^(?:https?|mailto):/i.test(url.trim()) ? url.trim() : safeHref(url, base);
		warnings.push(
			`pole „${field}”: adres względny „${url.slice(0, 80)}” pominięty (strona nie podaje swojego adresu) / field "${field}": relative address "${url.slice(0, 80)}" not stored (the page gives no address of its own)`
		);
		return null;
	};
	const sourceUrl = link(parsed.sourceUrl, 'source url');
	const index = unitIndex(db);
	const hints = { powiat: parsed.powiat, wojewodztwo: parsed.wojewodztwo };
	const resolved: ImportResult['resolved'] = [];
	const unresolved: ImportResult['unresolved'] = [];
	const namedPartners: PracticeInput['namedPartners'] = [];
	for (const name of parsed.mentionedUnits) {
		const m = matchUnit(index, name, hints);
		if (m.status === 'matched') resolved.push({ name, teryt: m.teryt });
		else unresolved.push({ name, why: m.why });
		namedPartners.push({
			name,
			teryt: m.status === 'matched' ? m.teryt : null,
			reason: m.status === 'matched' ? null : `${m.status}: ${m.why}`
		});
	}
	const locality = parsed.locality
		? matchUnit(index, parsed.locality, { ...hints, urban: false })
		: null;

	const existingId = findExisting(db, parsed);
	const before = existingId === undefined ? null : practiceSnapshot(db, existingId);
	const units = [
		...new Set([
			...(locality?.status === 'matched' && locality.level === 'gmi' ? [locality.teryt] : []),
			...resolved.map((r) => r.teryt)
		])
	];
	// What the page carries replaces what is stored; what it lacks (its view shows only part of
	// the practice) is kept.
	const keep = <T>(value: T | null | undefined, old: T | null | undefined): T | null =>
		value !== null && value !== undefined ? value : (old ?? null);
	const list = <T>(value: T[], old: T[] | undefined): T[] => (value.length ? value : (old ?? []));
	const m = before?.metryka;
	const input: PracticeInput = {
		slug: before?.slug ?? slugify(parsed.title),
		artId: keep(parsed.artId, before?.artId),
		sourceUrl: keep(sourceUrl, before?.sourceUrl),
		title: parsed.title,
		section: parsed.sectionSlug,
		summary: parsed.view === 'summary' ? (parsed.summary ?? '') : (before?.summary ?? ''),
		presentation:
			parsed.view === 'presentation' ? parsed.presentation : (before?.presentation ?? null),
		keywords: before?.keywords ?? [],
		metryka: Object.fromEntries(
			METRYKA_FIELDS.map(({ name, type }) => [
				name,
				isJsonType(type)
					? list(parsed[name] as unknown[], m?.[name] as unknown[] | undefined)
					: keep(parsed[name], m?.[name])
			])
		) as PracticeInput['metryka'],
		unitCode: before?.unitCode ?? null,
		units: list(units, before?.units),
		namedPartners: list(namedPartners, before?.namedPartners),
		partnershipSlugs: before?.partnershipSlugs ?? [],
		sources: before?.sources.length
			? before.sources
			: [
					{
						name: 'Baza Dobrych Praktyk (archiwum)',
						url: sourceUrl,
						verifiedAt: null
					}
				],
		attachments:
			parsed.attachments?.map((a) => ({
				fileName: a.fileName ?? a.name,
				title: a.name,
				fileType: a.extension,
				sizeBytes: a.sizeBytes,
				url: link(a.url, 'attachment url')
			})) ??
			before?.attachments ??
			[],
		status: draft ? 'draft' : (before?.status ?? 'published')
	};
	if (input.unitCode && !input.units.includes(input.unitCode)) input.unitCode = null;
	const result = {
		file,
		title: parsed.title,
		resolved,
		unresolved,
		warnings,
		draft
	};
	if (options.dryRun) {
		try {
			validatePractice(input);
		} catch (err) {
			if (err instanceof RecordError) throw new ImportError(`${file}: ${err.message}`);
			throw err;
		}
		const changed = before
			? diffPractice(before, {
					...normalisePractice(input),
					unitCode: before.unitCode,
					slug: before.slug
				})
			: ['*'];
		return {
			...result,
			id: existingId ?? null,
			status: !before ? 'created' : changed.length ? 'updated' : 'unchanged',
			changed
		};
	}
	let saved: ReturnType<typeof savePractice>;
	try {
		saved = savePractice(db, input, existingId);
	} catch (err) {
		// write-time checks (limits, links, TERYT codes) name the record and field; add the file
		if (err instanceof RecordError) throw new ImportError(`${file}: ${err.message}`);
		throw err;
	}
	return {
		...result,
		id: saved.id,
		status: saved.created ? 'created' : saved.changed.length ? 'updated' : 'unchanged',
		changed: saved.changed
	};
}
