/**
 * The small shapes in lists (issue 16): a published partnership's merged area as SVG path data
 * fitted into a THUMB_BOX-unit square (Web Mercator as the map draws it, aspect kept), and its
 * member units' outlines, drawn faint inside it. Kept per records and boundaries version; each
 * partnership's thumb is drawn the first time a list asks for it (a page of 100 rows draws 100,
 * not every partnership, so the first request after a write stays quick at any scale).
 */
import { getDb, type Db } from '../db';
import { BOUNDARIES_VERSION, RECORDS_VERSION } from '../db/versions';
import type { AreaThumb } from '../../pictures';
import { areaShapes, pathOf, perVersion, unitShapes, type Shape, type Transform } from './shapes';

export type { AreaThumb };

/** The longer side of a thumb, in its units (drawn at about 40 CSS px). */
export const THUMB_BOX = 40;
/** Room for the outline's stroke at the edges. */
const PAD = 1;
/** Simplification in box units: under a pixel for the area, coarser for the faint lines inside. */
const AREA_TOLERANCE = 0.5;
const MEMBER_TOLERANCE = 0.8;

const r1 = (v: number) => Math.round(v * 10) / 10;

/** One partnership's thumb from its area and its members' shapes. */
export function drawThumb(area: Shape, members: Shape[]): AreaThumb {
	const [x0, y0, x1, y1] = area.box;
	const span = Math.max(x1 - x0, y1 - y0, 1e-12);
	const scale = (THUMB_BOX - 2 * PAD) / span;
	const w = r1((x1 - x0) * scale + 2 * PAD);
	const h = r1((y1 - y0) * scale + 2 * PAD);
	const t: Transform = {
		scale,
		origin: [x0 - PAD / scale, y0 - PAD / scale],
		view: [0, 0, w, h]
	};
	return {
		area: pathOf(area, t, AREA_TOLERANCE, 1),
		gminy: members.length < 2 ? '' : members.map((m) => pathOf(m, t, MEMBER_TOLERANCE, 1)).join(''),
		w,
		h
	};
}

const thumbs = perVersion([RECORDS_VERSION, BOUNDARIES_VERSION], (db) => ({
	areas: areaShapes(db).byId,
	units: unitShapes(db).byCode,
	members: db.$client.prepare(
		`SELECT unit_code AS code FROM partnership_members WHERE partnership_id = ? ORDER BY unit_code`
	),
	drawn: new Map<number, AreaThumb | null>()
}));

/**
 * The thumb of published partnership `id` (null: not published, or without geometry). The same
 * object until the records or the boundaries change.
 */
export function areaThumb(id: number, db: Db = getDb()): AreaThumb | null {
	const kept = thumbs(db);
	let thumb = kept.drawn.get(id);
	if (thumb !== undefined) return thumb;
	const area = kept.areas.get(id);
	if (!area) thumb = null;
	else {
		const codes = kept.members.all(id) as { code: string }[];
		const shapes = codes.flatMap(({ code }) => kept.units.get(code) ?? []);
		thumb = drawThumb(area, shapes);
	}
	kept.drawn.set(id, thumb);
	return thumb;
}

/** Bytes the thumbs drawn so far take (UTF-16 strings), for measuring. */
export function thumbBytes(db: Db = getDb()): { count: number; bytes: number } {
	let bytes = 0;
	let count = 0;
	for (const t of thumbs(db).drawn.values())
		if (t) {
			count++;
			bytes += 2 * (t.area.length + t.gminy.length) + 64;
		}
	return { count, bytes };
}

/** List rows with their area's small picture (for the HTML of a page; the API leaves it out). */
export function withShapes<T extends { id: number }>(
	rows: T[],
	db: Db = getDb()
): (T & { shape: AreaThumb | null })[] {
	return rows.map((r) => ({ ...r, shape: areaThumb(r.id, db) }));
}
