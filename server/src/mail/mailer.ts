import { createTransport } from "nodemailer";

/** Where mail goes out and who it is from; from SMTP_URL and MAIL_FROM. */
export interface MailConfig {
  /** `smtp://` or `smtps://`, with credentials and nodemailer's query options if the server needs them. */
  url: string;
  from: string;
}

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** Resolves once the SMTP server has taken the message; rejects with its refusal. */
  send(mail: Mail): Promise<void>;
  close(): void;
}

export function createMailer(config: MailConfig): Mailer {
  const transport = createTransport(config.url);
  return {
    async send(mail) {
      await transport.sendMail({ from: config.from, to: mail.to, subject: mail.subject, text: mail.text });
    },
    close: () => transport.close(),
  };
}

/** The mail the environment configures, or null: then no mail is sent and emails are never verified. */
export function mailConfigFromEnv(env: { SMTP_URL?: string | undefined; MAIL_FROM?: string | undefined }): MailConfig | null {
  if (!env.SMTP_URL || !env.MAIL_FROM) return null;
  return { url: env.SMTP_URL, from: env.MAIL_FROM };
}

/**
 * What the server says about email verification as it starts. Without mail it warns: an
 * administrator must know that invitations bound to an email trust whoever signed up with it.
 */
export function mailStartupNotice(config: MailConfig | null): { level: "log" | "warn"; text: string } {
  if (!config) {
    return {
      level: "warn",
      text:
        "Emails are NOT verified (SMTP_URL is not set): whoever signs up first with an invited address can accept that invitation, " +
        "and forgotten passwords cannot be reset. Set SMTP_URL and MAIL_FROM to verify emails.",
    };
  }
  // The host only: the URL may carry the SMTP password.
  return { level: "log", text: `Emails are verified: mail goes out through ${new URL(config.url).host} from ${config.from}` };
}
