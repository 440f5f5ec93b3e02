/** Mapping of stored rows to record shapes, shared by reading (read.ts) and writing (write.ts). */
import type { Metryka } from './types';

/** The Metryka of a practice from its `practices` row (columns as in the schema). */
export function metrykaFromRow(r: Record<string, unknown>): Metryka {
	const text = (k: string) => (r[k] as string | null) ?? null;
	return {
		dateAdded: text('date_added'),
		dateUpdated: text('date_updated'),
		unitType: text('unit_type'),
		locality: text('locality'),
		powiat: text('powiat_name'),
		wojewodztwo: text('wojewodztwo_name'),
		postalCode: text('postal_code'),
		postOffice: text('post_office'),
		implementingUnit: text('implementing_unit'),
		street: text('street'),
		phone: text('phone'),
		websites: JSON.parse((r.websites as string) ?? '[]'),
		population: (r.population as number | null) ?? null,
		contacts: JSON.parse((r.contacts as string) ?? '[]')
	};
}
