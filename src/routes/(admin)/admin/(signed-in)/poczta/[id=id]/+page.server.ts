import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requirePermission } from '$lib/server/auth/guard';
import { outboxMessage, retryMessage } from '$lib/server/mail/outbox';
import { mailConfigured } from '$lib/server/mail/send';
import { recordId } from '../../../../../../params/id';

function messageOf(params: Record<string, string>) {
	const id = recordId(params.id ?? '');
	const m = id === null ? null : outboxMessage(getDb(), id);
	if (!m) error(404, 'Nie ma takiej wiadomości / No such message');
	return m;
}

/** /admin/poczta/{id}: one message as sent (or waiting), with a retry when mail is configured. */
export const load: PageServerLoad = (event) => {
	requirePermission(event, 'publishes');
	return { message: messageOf(event.params), smtp: mailConfigured() };
};

export const actions: Actions = {
	retry: (event) => {
		requirePermission(event, 'publishes');
		retryMessage(getDb(), messageOf(event.params).id);
		return { retried: true };
	}
};
