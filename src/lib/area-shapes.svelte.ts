/**
 * The small area shapes of partnership rows the page was not served with (rows loaded later, the
 * side panel): asked for in one request per tick (/obraz/ksztalty.json), kept for the page's life.
 * A row shows its kind's swatch until its shape arrives, in the same box, so nothing moves.
 */
import { SvelteMap } from 'svelte/reactivity';
import { shapesPath, SHAPES_PER_REQUEST, type AreaThumb } from './pictures';

const known = new SvelteMap<number, AreaThumb | null>();
const wanted = new Set<number>();
let scheduled = false;

async function load() {
	scheduled = false;
	const ids = [...wanted].slice(0, SHAPES_PER_REQUEST);
	for (const id of ids) wanted.delete(id);
	if (wanted.size) schedule();
	try {
		const res = await fetch(shapesPath(ids));
		if (!res.ok) throw new Error(String(res.status));
		const body = (await res.json()) as Record<string, AreaThumb | null>;
		for (const id of ids) known.set(id, body[id] ?? null);
	} catch {
		// Offline or refused: the rows keep their swatches.
		for (const id of ids) known.set(id, null);
	}
}

function schedule() {
	if (scheduled) return;
	scheduled = true;
	queueMicrotask(() => void load());
}

/** The shape of partnership `id`: undefined while it is asked for, null when it has none. */
export function areaShapeOf(id: number): AreaThumb | null | undefined {
	if (known.has(id)) return known.get(id);
	if (typeof window !== 'undefined' && !wanted.has(id)) {
		wanted.add(id);
		schedule();
	}
	return undefined;
}
