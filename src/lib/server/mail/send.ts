/**
 * Optional e-mail: when SMTP_URL is set (e.g. `smtps://user:pass@smtp.example.pl:465`), messages
 * go out through it with nodemailer, from MAIL_FROM. Without it, or when sending fails, the
 * caller is told and keeps or shows what it would have sent instead (outbox.ts keeps it).
 */
import nodemailer from 'nodemailer';
import { env } from '$env/dynamic/private';

export interface Mail {
	to: string;
	subject: string;
	text: string;
}

export const mailConfigured = () => Boolean(env.SMTP_URL);

/** Sends one message: null when the SMTP server took it, else why not. */
export async function trySend(mail: Mail): Promise<string | null> {
	if (!env.SMTP_URL) return 'SMTP_URL is not set';
	try {
		const transport = nodemailer.createTransport(env.SMTP_URL);
		await transport.sendMail({
			from: env.MAIL_FROM || 'Mapa Partnerstw <no-reply@localhost>',
			...mail
		});
		return null;
	} catch (err) {
		return (err as Error).message.slice(0, 500);
	}
}

/** Whether the message was handed to the SMTP server. */
export async function sendMail(mail: Mail): Promise<boolean> {
	const problem = await trySend(mail);
	if (problem && env.SMTP_URL) console.error('sendMail:', problem);
	return problem === null;
}
