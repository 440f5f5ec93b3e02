import type { RequestHandler } from './$types';
import { apiError } from '$lib/server/api/respond';
import { parseLang } from '$lib/i18n';
import { partnershipShare, practiceShare } from '$lib/server/picture/compose';
import { pictureResponse } from '$lib/server/picture/answer';
import { getDb } from '$lib/server/db';

const SHARES = { partnerstwo: partnershipShare, praktyka: practiceShare } as const;
const TABLES = { partnerstwo: 'partnerships', praktyka: 'practices' } as const;

/** Whether the record is there for the public (checked before the cache, which is keyed by address). */
const isPublished = (type: keyof typeof SHARES, id: number) =>
	!!getDb()
		.$client.prepare(`SELECT 1 FROM ${TABLES[type]} WHERE id = ? AND status = 'published'`)
		.get(id);

/**
 * GET /obraz/udostepnij/{partnerstwo|praktyka}/{id}.png[?lang=en]: a record's share image
 * (1200 × 630 PNG, the record page's og:image).
 */
export const GET: RequestHandler = ({ params, request, url }) => {
	const share = SHARES[params.type as keyof typeof SHARES];
	if (!share)
		return apiError(
			404,
			`Nie ma obrazów „${params.type.slice(0, 20)}”: są partnerstwo i praktyka / No such kind of picture: partnerstwo or praktyka`
		);
	const m = /^(\d{1,9})\.png$/.exec(params.file);
	if (!m)
		return apiError(
			404,
			`Adres obrazu to /obraz/udostepnij/${params.type}/{id}.png, nie „${params.file.slice(0, 30)}” / The address is …/{id}.png`
		);
	const id = Number(m[1]);
	const lang = parseLang(url.searchParams.get('lang'));
	if (!isPublished(params.type as keyof typeof SHARES, id))
		return apiError(
			404,
			`Nie ma opublikowanego rekordu ${params.type} ${id} / No published ${params.type === 'praktyka' ? 'practice' : 'partnership'} ${id}`
		);
	return pictureResponse(request, url, 'png', () => ({ svg: share(id, lang)! }), {
		params: ['lang']
	});
};
