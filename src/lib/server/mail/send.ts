/**
 * Optional e-mail: when SMTP_URL is set (e.g. `smtps://user:pass@smtp.example.pl:465`), messages
 * go out through it with nodemailer, from MAIL_FROM. Without it, or when sending fails, the
 * caller is told (false) and shows what it would have sent instead.
 */
import nodemailer from 'nodemailer';
import { env } from '$env/dynamic/private';

export interface Mail {
	to: string;
	subject: string;
	text: string;
}

/** Whether the message was handed to the SMTP server. */
export async function sendMail(mail: Mail): Promise<boolean> {
	if (!env.SMTP_URL) return false;
	try {
		const transport = nodemailer.createTransport(env.SMTP_URL);
		await transport.sendMail({
			from: env.MAIL_FROM || 'Mapa Partnerstw <no-reply@localhost>',
			...mail
		});
		return true;
	} catch (err) {
		console.error('sendMail:', (err as Error).message);
		return false;
	}
}
