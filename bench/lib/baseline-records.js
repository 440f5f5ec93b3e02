/**
 * The baseline's records for the filter-change measure: every published practice (a point at its
 * gmina, with all its units) and every published partnership (its merged area, with its member
 * gminy) of one database, as one GeoJSON FeatureCollection the baseline page loads whole and
 * filters on the client. A foreign member `regions` names the województwa and powiaty, for the
 * page's selects. Read straight from the SQLite file the app serves (read-only), so both sides
 * show the same records.
 */
import { writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';

const round5 = (v) => Math.round(v * 1e5) / 1e5;
const roundCoords = (c) => (Array.isArray(c[0]) ? c.map(roundCoords) : c.map(round5));

/** Groups `rows` of { id, code } into Map id -> [code]. */
function codesById(rows) {
	const out = new Map();
	for (const { id, code } of rows) (out.get(id) ?? out.set(id, []).get(id)).push(code);
	return out;
}

/** Writes `outFile` from the database at `dbPath`; returns { path, bytes, practices, partnerships }. */
export function writeBaselineRecords(dbPath, outFile) {
	const db = new Database(dbPath, { readonly: true, fileMustExist: true });
	try {
		const practiceUnits = codesById(
			db.prepare('SELECT practice_id AS id, unit_code AS code FROM practice_units').all()
		);
		const members = codesById(
			db.prepare('SELECT partnership_id AS id, unit_code AS code FROM partnership_members').all()
		);
		/** @type {{ id: number, title: string, section: string, unit_code: string | null, lon: number | null, lat: number | null }[]} */
		const practiceRows = /** @type {any[]} */ (
			db
				.prepare(
					`SELECT p.id, p.title, p.section, p.unit_code, u.label_lon AS lon, u.label_lat AS lat
				FROM practices p LEFT JOIN units u ON u.code = p.unit_code
				WHERE p.status = 'published'`
				)
				.all()
		);
		const practices = practiceRows.map((p) => ({
			type: 'Feature',
			geometry:
				p.lon === null ? null : { type: 'Point', coordinates: [round5(p.lon), round5(p.lat)] },
			properties: {
				record: 'practice',
				id: p.id,
				name: p.title,
				section: p.section,
				units: [...new Set([p.unit_code, ...(practiceUnits.get(p.id) ?? [])].filter(Boolean))]
			}
		}));
		/** @type {{ id: number, name: string, kind: string, geometry: string | null }[]} */
		const partnershipRows = /** @type {any[]} */ (
			db
				.prepare(`SELECT id, name, kind, geometry FROM partnerships WHERE status = 'published'`)
				.all()
		);
		const partnerships = partnershipRows.map((p) => {
			const geometry = p.geometry ? JSON.parse(p.geometry) : null;
			return {
				type: 'Feature',
				geometry: geometry && {
					type: geometry.type,
					coordinates: roundCoords(geometry.coordinates)
				},
				properties: {
					record: 'partnership',
					id: p.id,
					name: p.name,
					kind: p.kind,
					units: members.get(p.id) ?? []
				}
			};
		});
		/** @type {{ code: string, name: string }[]} */
		const regionRows = /** @type {any[]} */ (
			db.prepare(`SELECT code, name FROM units WHERE level IN ('woj', 'pow') ORDER BY code`).all()
		);
		const regions = Object.fromEntries(regionRows.map((u) => [u.code, u.name]));
		const text = JSON.stringify({
			type: 'FeatureCollection',
			regions,
			features: [...practices, ...partnerships]
		});
		writeFileSync(outFile, text);
		return {
			path: outFile,
			bytes: Buffer.byteLength(text),
			practices: practices.length,
			partnerships: partnerships.length
		};
	} finally {
		db.close();
	}
}
