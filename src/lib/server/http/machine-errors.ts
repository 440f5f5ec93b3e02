/**
 * Every answer under /api/ and /ogc/ is JSON, errors included: SvelteKit answers an unknown path
 * (404), a method an endpoint lacks (405) and a path it cannot decode (400, `/api/v1/units/%ff`)
 * with its HTML error page, which API clients such as GDAL cannot read. Such answers are replaced
 * by the API's error shape ({ error: { status, message } }, see respond.ts) with the same status.
 */
import { apiError } from '../api/respond';

const MACHINE = /^\/(?:api|ogc)(?:\/|$)/;

export function isMachinePath(pathname: string): boolean {
	return MACHINE.test(pathname);
}

function messageFor(status: number, method: string, pathname: string): string {
	const shown = pathname.length > 120 ? `${pathname.slice(0, 120)}…` : pathname;
	if (status === 404) return `Nie ma takiego adresu: ${shown} / no such address`;
	if (status === 405)
		return `Metoda ${method} nie jest tu obsługiwana / method ${method} is not allowed here`;
	if (status === 400)
		return `Nieprawidłowy adres: ${shown} (np. zły zapis %XX) / malformed address`;
	return `Błąd ${status} / error ${status}`;
}

/** The response itself when it is JSON already (or not an error), else its JSON equivalent. */
export function asMachineError(response: Response, method: string, pathname: string): Response {
	if (response.status < 400) return response;
	const type = response.headers.get('content-type') ?? '';
	if (/json/.test(type)) return response;
	const headers: Record<string, string> = {};
	const allow = response.headers.get('allow');
	if (allow) headers.allow = allow;
	return apiError(response.status, messageFor(response.status, method, pathname), headers);
}
