import nodemailer from "nodemailer";
import type { RenderedMail } from "./render-mail.js";

/** What the outbox delivery needs from a mail server: send, and close at shutdown. */
export interface Mailer {
  send(mail: RenderedMail): Promise<void>;
  close(): void;
}

/** A failure the server called permanent (5xx): trying again would only be refused again. */
export function isPermanentFailure(error: unknown): boolean {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

export function smtpMailer(smtpUrl: string, from: string): Mailer {
  // Timeouts well under the claim's lease: a hung server must not outlive the claim and cause a resend.
  const transport = nodemailer.createTransport({ url: smtpUrl, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 });
  return {
    async send(mail) {
      await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        attachments: mail.attachments,
      });
    },
    close: () => transport.close(),
  };
}
