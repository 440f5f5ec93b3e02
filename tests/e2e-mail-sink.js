// A real SMTP server for the end-to-end tests (smtp-server, from the nodemailer project): the app
// sends through SMTP_URL=smtp://127.0.0.1:PORT as it would through a mail provider, and every
// message is written as one JSON file (decoded by mailparser) under var/e2e-mail/, which
// tests/e2e/mailbox.ts reads. Only on 127.0.0.1, only while the e2e server runs.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

/** Starts the sink; resolves when it listens. */
export async function startMailSink(/** @type {number} */ port, /** @type {string} */ dir) {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	let n = 0;
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		size: 1024 * 1024,
		logger: false,
		onData(stream, _session, callback) {
			simpleParser(stream)
				.then((mail) => {
					const to = [mail.to ?? []]
						.flat()
						.flatMap((a) => a.value.map((v) => v.address ?? ''))
						.filter(Boolean);
					n += 1;
					writeFileSync(
						join(dir, `${Date.now()}-${String(n).padStart(4, '0')}.json`),
						JSON.stringify({ to, subject: mail.subject ?? '', text: mail.text ?? '' })
					);
					callback();
				})
				.catch((/** @type {Error} */ err) => callback(err));
		}
	});
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => resolve(undefined));
	});
	return server;
}
