/**
 * What the map, the list, the panel and the page state say to each other: plain types, so a state
 * class need not import a component to name them.
 */

/** Something the map can show and the panel open: a unit by TERYT code, or a record by id. */
export type MapTarget =
	| { type: 'unit'; code: string }
	| { type: 'praktyka'; id: number }
	| { type: 'partnerstwo'; id: number };

/** One more thing under a click, offered in the panel („W tym miejscu także”). */
export type PlaceItem = { target: MapTarget; name: string; kind: string };

/**
 * Where to frame the map: a record picked in the list glides there (500 ms); a region chosen in
 * the filters is shown at once, with its new data (no tiles of the zoom levels in between).
 */
export type MapFit = { bbox: [number, number, number, number]; glide: boolean };

/** A bounding box: west, south, east, north. */
export type BBox = [number, number, number, number];
