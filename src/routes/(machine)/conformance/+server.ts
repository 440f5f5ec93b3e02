import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/**
 * GET /conformance: the OGC API lives under /ogc; a client pointed at the site's root (GDAL's
 * `OAPIF:http://host/`) is sent there with its query.
 */
export const GET: RequestHandler = ({ url }) => redirect(308, `/ogc/conformance${url.search}`);
