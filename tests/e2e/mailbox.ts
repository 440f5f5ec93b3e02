/**
 * The messages the e2e server sent through its SMTP sink (tests/e2e-mail-sink.js): each a JSON
 * file under var/e2e-mail/. `waitForMail` polls until one to `to` matching `subject` arrives.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';

export const MAIL_DIR = 'var/e2e-mail';

export interface SentMail {
	to: string[];
	subject: string;
	text: string;
}

export function sentMails(): SentMail[] {
	let names: string[] = [];
	try {
		names = readdirSync(MAIL_DIR).filter((n) => n.endsWith('.json'));
	} catch {
		return [];
	}
	return names.sort().map((n) => JSON.parse(readFileSync(join(MAIL_DIR, n), 'utf8')) as SentMail);
}

/** The newest message to `to` whose subject matches, waiting for it to arrive. */
export async function waitForMail(to: string, subject: RegExp): Promise<SentMail> {
	let found: SentMail | undefined;
	await expect
		.poll(
			() => {
				found = sentMails()
					.filter((m) => m.to.includes(to) && subject.test(m.subject))
					.at(-1);
				return Boolean(found);
			},
			{ timeout: 20_000, message: `a message to ${to} matching ${subject}` }
		)
		.toBe(true);
	return found!;
}

/** The first link of this site in a message's text. */
export function linkIn(mail: SentMail, path: RegExp): string {
	const m = mail.text.match(/https?:\/\/\S+/g)?.find((u) => path.test(new URL(u).pathname));
	if (!m) throw new Error(`no link matching ${path} in: ${mail.text}`);
	return new URL(m).pathname;
}
