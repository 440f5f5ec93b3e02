/**
 * What is open in the side panel: the target, its loaded record, or the error. Shared by the map
 * page and the embed, so both load records the same way.
 */
import type { MapTarget } from './map/types';
import { pointBBox } from './map/frame';
import type { UnitDetail } from './server/units';
import type { PartnershipDetail, PracticeDetail } from './server/records/read';

export type Detail =
	| { type: 'unit'; unit: UnitDetail }
	| { type: 'praktyka'; practice: PracticeDetail }
	| { type: 'partnerstwo'; partnership: PartnershipDetail };

export function targetKey(target: MapTarget | null): string | null {
	if (!target) return null;
	return target.type === 'unit' ? `unit:${target.code}` : `${target.type}:${target.id}`;
}

/** The records the current filters show, by kind. */
export type Shown = { praktyka: ReadonlySet<number>; partnerstwo: ReadonlySet<number> };

/** The targets that the current filters still show (units are always there). */
export function keepShown(targets: MapTarget[], shown: Shown): MapTarget[] {
	return targets.filter((t) => t.type === 'unit' || shown[t.type].has(t.id));
}

function pathOf(target: MapTarget): string {
	return target.type === 'unit'
		? `/api/v1/units/${target.code}?geometry=1`
		: target.type === 'praktyka'
			? `/api/v1/practices/${target.id}`
			: `/api/v1/partnerships/${target.id}`;
}

/** Why the open target could not be shown: not found (404), or could not be loaded (else). */
export interface Failure {
	target: MapTarget;
	notFound: boolean;
}

export class Selection {
	target = $state<MapTarget | null>(null);
	detail = $state<Detail | null>(null);
	/** The panel words it in the page's language (RecordPanel). */
	failure = $state<Failure | null>(null);
	#request = 0;

	get key(): string | null {
		return targetKey(this.target);
	}

	get name(): string {
		const d = this.detail;
		if (d?.type === 'unit') return d.unit.name;
		if (d?.type === 'praktyka') return d.practice.title;
		if (d?.type === 'partnerstwo') return d.partnership.name;
		return '';
	}

	/** Where to fly to show the loaded record, if anywhere. */
	get bbox(): [number, number, number, number] | null {
		const d = this.detail;
		if (d?.type === 'unit') return d.unit.bbox;
		if (d?.type === 'partnerstwo') return d.partnership.bbox;
		if (d?.type === 'praktyka' && d.practice.point) return pointBBox(d.practice.point);
		return null;
	}

	/** Opens a target (or closes with null); resolves when its record has loaded. */
	async open(target: MapTarget | null): Promise<boolean> {
		this.target = target;
		this.detail = null;
		this.failure = null;
		if (!target) return false;
		const mine = ++this.#request;
		try {
			const res = await fetch(pathOf(target));
			if (mine !== this.#request) return false;
			if (!res.ok) {
				this.failure = { target, notFound: res.status === 404 };
				return false;
			}
			const body = await res.json();
			if (mine !== this.#request) return false;
			this.detail =
				target.type === 'unit'
					? { type: 'unit', unit: body }
					: target.type === 'praktyka'
						? { type: 'praktyka', practice: body }
						: { type: 'partnerstwo', partnership: body.properties };
			return true;
		} catch {
			if (mine === this.#request) this.failure = { target, notFound: false };
			return false;
		}
	}
}
