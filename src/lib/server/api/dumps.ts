/**
 * The complete dumps of /dane: every published record and every unit, as GeoJSON (the OGC API's
 * items, so the two never differ), CSV and XLSX (the export rows of export-rows.ts). Made once per
 * data version and kept in the answer cache.
 */
import { getDb } from '../db';
import { dataVersion, BOUNDARIES_VERSION, RECORDS_VERSION } from '../db/versions';
import { EMPTY_FILTERS } from '../../domain/filters';
import { PARTNERSHIP_CSV, PRACTICE_CSV } from '../../domain/fields';
import { listPartnerships, listPractices } from '../records/read';
import { partnershipRows, practiceRows } from './export-rows';
import { csvAnswer, geojsonAnswer, xlsxAnswer, type ListAnswer } from './list-answer';
import { collectionById } from '../ogc/collections';
import { MAX_LIMIT } from '../ogc/query';
import type { Dataset, DumpFile } from '../../docs/datasets';

/** The data version a dump depends on (records and boundaries: a member's name is a unit's). */
export function dumpVersion(): string {
	const db = getDb();
	return `${dataVersion(db, RECORDS_VERSION)}.${dataVersion(db, BOUNDARIES_VERSION)}`;
}

export function makeDump(
	dataset: Dataset,
	file: DumpFile,
	origin: string
): ListAnswer | Promise<ListAnswer> {
	const db = getDb();
	const download = { 'content-disposition': `attachment; filename="${file.name}"` };
	if (file.format === 'GeoJSON') {
		const collection = collectionById(dataset.collection)!;
		const { features } = collection.items(
			{ limit: MAX_LIMIT * 10, offset: 0, bbox: null, filters: EMPTY_FILTERS },
			origin,
			db
		);
		return { ...geojsonAnswer(features), headers: download };
	}
	const title = dataset.title.pl;
	if (dataset.id === 'partnerstwa') {
		const rows = partnershipRows(listPartnerships(EMPTY_FILTERS, db), origin, db);
		return file.format === 'CSV'
			? csvAnswer(PARTNERSHIP_CSV, rows, file.name)
			: xlsxAnswer(PARTNERSHIP_CSV, rows, file.name, title);
	}
	const rows = practiceRows(listPractices(EMPTY_FILTERS, db), origin);
	return file.format === 'CSV'
		? csvAnswer(PRACTICE_CSV, rows, file.name)
		: xlsxAnswer(PRACTICE_CSV, rows, file.name, title);
}
