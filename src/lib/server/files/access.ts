/**
 * Who may download a stored file. Everyone, when a published practice's live attachment list has
 * it. Otherwise only someone who may see a draft that has it: admins and curators (every record),
 * the person who uploaded it (a form that failed validation shows its files again), and an
 * editor whose units hold a practice whose live row or latest revision lists it. Everyone else
 * is told nothing: the route answers 404, as for a file that does not exist.
 */
import type { Db } from '../db';
import { mayEditUnits, type SessionUser } from '../auth/guard';
import { roleInfo } from '../../domain/roles';
import { isSha256 } from '../../domain/attachment-types';

export type FileAccess = 'public' | 'private' | null;

export function fileAccess(db: Db, sha256: string, user: SessionUser | null): FileAccess {
	if (!isSha256(sha256)) return null;
	const c = db.$client;
	const published = c
		.prepare(
			`SELECT 1 FROM attachments a JOIN practices p ON p.id = a.practice_id
			 WHERE a.file_sha256 = ? AND p.status = 'published' LIMIT 1`
		)
		.get(sha256);
	if (published) return 'public';
	if (!user) return null;
	const file = c
		.prepare(`SELECT uploaded_by AS uploadedBy FROM files WHERE sha256 = ?`)
		.get(sha256) as { uploadedBy: number | null } | undefined;
	if (!file) return null;
	if (roleInfo(user.role).everyRecord || file.uploadedBy === user.id) return 'private';
	return referencingUnits(db, sha256).some((units) => mayEditUnits(user, units)) ? 'private' : null;
}

/** The units of each practice whose live row or latest revision lists the file. */
function referencingUnits(db: Db, sha256: string): string[][] {
	const c = db.$client;
	const live = c
		.prepare(`SELECT DISTINCT a.practice_id AS id FROM attachments a WHERE a.file_sha256 = ?`)
		.all(sha256) as { id: number }[];
	const unitsOf = c.prepare(`SELECT unit_code FROM practice_units WHERE practice_id = ?`).pluck();
	const result = live.map(({ id }) => unitsOf.all(id) as string[]);
	// instr() first: most snapshots do not mention the hash, and it spares parsing their JSON.
	const drafts = c
		.prepare(
			`SELECT r.record_id AS id, json_extract(r.snapshot, '$.units') AS units FROM revisions r
			 WHERE r.record_type = 'praktyka' AND instr(r.snapshot, ?) > 0
			   AND r.number = (SELECT MAX(number) FROM revisions x
			                   WHERE x.record_type = r.record_type AND x.record_id = r.record_id)
			   AND EXISTS (SELECT 1 FROM json_each(r.snapshot, '$.attachments') j
			               WHERE json_extract(j.value, '$.fileSha256') = ?)`
		)
		.all(sha256, sha256) as { id: number; units: string | null }[];
	for (const d of drafts) {
		const units = parseUnits(d.units);
		result.push([...units, ...(unitsOf.all(d.id) as string[])]);
	}
	return result;
}

function parseUnits(json: string | null): string[] {
	if (!json) return [];
	try {
		const value: unknown = JSON.parse(json);
		return Array.isArray(value) ? value.filter((u): u is string => typeof u === 'string') : [];
	} catch {
		return [];
	}
}
