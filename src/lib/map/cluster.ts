/**
 * Groups practice markers when they crowd (supercluster), as pure functions the overlay calls
 * on every settled view. https://github.com/mapbox/supercluster
 */
import Supercluster from 'supercluster';

export interface PracticePoint {
	id: number;
	/** Known for rows of the list; the map asks for the others when hovered. */
	title?: string;
	point: [number, number];
}

export type Marker =
	| { kind: 'practice'; id: number; title?: string; position: [number, number] }
	| {
			kind: 'cluster';
			clusterId: number;
			count: number;
			position: [number, number];
			expansionZoom: number;
	  };

export function createClusterIndex(points: PracticePoint[]) {
	const index = new Supercluster<{ id: number; title?: string }>({ radius: 48, maxZoom: 13 });
	index.load(
		points.map((p) => ({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: p.point },
			properties: { id: p.id, title: p.title }
		}))
	);
	return {
		markers(bbox: [number, number, number, number], zoom: number): Marker[] {
			return index.getClusters(bbox, Math.floor(zoom)).map((f) => {
				const position = f.geometry.coordinates as [number, number];
				const props = f.properties as {
					cluster?: boolean;
					cluster_id?: number;
					point_count?: number;
					id?: number;
					title?: string;
				};
				if (props.cluster)
					return {
						kind: 'cluster',
						clusterId: props.cluster_id!,
						count: props.point_count!,
						position,
						expansionZoom: Math.min(index.getClusterExpansionZoom(props.cluster_id!), 14)
					};
				return { kind: 'practice', id: props.id!, title: props.title, position };
			});
		}
	};
}

/** A marker's radius on screen in px (without its 2 px white rim): groups grow with their count. */
export function markerRadius(m: Marker): number {
	return m.kind === 'cluster' ? 11 + Math.min(12, Math.log2(m.count) * 3) : 8;
}
