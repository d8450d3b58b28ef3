import { eraseOwnRegistration, findOwnRegistration, cancelRegistration, writeAudit } from "@kfd/db";
import { erasureReceiptSchema, ownRegistrationSchema, type ErasureReceipt } from "@kfd/domain";
import type { Context } from "hono";
import { notFound } from "../problem/problem-exception.js";
import { PAGE_CSP } from "../security/security-headers.js";
import type { AppServices } from "../services.js";
import { notFoundPage, ownRegistrationPage } from "./own-registration-page.js";
import { PAGE_TEXTS } from "./page-texts.js";

/** Cancel tokens are 32 random bytes in base64url; anything else cannot be one. */
const CANCEL_TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

/** The token is in the URL: it must not leak through a Referer, a cache or a search engine. */
const PRIVATE_HEADERS = { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer", "X-Robots-Tag": "noindex" };

const REGISTRANT = { tokenId: "registrant", label: "Anmeldende Person (Link aus der E-Mail)" };

/**
 * The registrant's own access (Art. 15 and 17 DSGVO): the cancel token from the e-mail is the
 * key to see the registration and to erase it. GET never changes anything, because mail
 * scanners follow links; cancelling and erasing are POST (page) and DELETE (API).
 */
export function registerSelfServiceRoutes(s: AppServices): void {
  const own = (token: string) => (CANCEL_TOKEN.test(token) ? findOwnRegistration(s.db, token, { cancelledRetentionDays: s.config.cancelledRetentionDays }) : Promise.resolve(undefined));

  const erase = async (token: string) => {
    const erasure = CANCEL_TOKEN.test(token) ? await eraseOwnRegistration(s.db, token, s.now()) : undefined;
    if (!erasure) return undefined;
    await writeAudit(s.db, { actor: REGISTRANT, action: "self-service-erase", eventId: erasure.eventId, registrationId: erasure.registrationId }, s.now());
    const context = await s.eventContexts.get(erasure.eventId);
    if (context) s.readCache.invalidateDialogue(context.dialogueId);
    return erasure;
  };

  s.routes.add(
    {
      method: "get",
      path: "/v1/registrations/{cancelToken}",
      operationId: "getOwnRegistration",
      tag: "Registrations",
      summary: "A registrant's own registration (with the cancel token)",
      description: "Everything stored about the registration, and when its personal data will be erased. Once erased, name and e-mail are null.",
      access: "public",
      params: { cancelToken: "The token from the registration answer and the e-mail." },
      responses: { 200: { description: "The registration as its registrant sees it.", schema: ownRegistrationSchema } },
      problems: [404],
    },
    async (c, { param }) => {
      const registration = await own(param("cancelToken"));
      if (!registration) throw notFound("Registration", "No registration belongs to this cancel token.");
      return c.json(registration, 200, PRIVATE_HEADERS);
    },
  );

  s.routes.add(
    {
      method: "delete",
      path: "/v1/registrations/{cancelToken}/personal-data",
      operationId: "eraseOwnRegistration",
      tag: "Registrations",
      summary: "Erase one's own personal data now",
      description: "Cancels the registration if it is still live (the seat goes to the waitlist), then erases name, e-mail and free texts, and the e-mails queued or sent to it. Anonymous counts stay. Repeating it changes nothing.",
      access: "public",
      params: { cancelToken: "The token from the registration answer and the e-mail." },
      responses: { 200: { description: "Erased.", schema: erasureReceiptSchema } },
      problems: [404],
    },
    async (c, { param }) => {
      const erasure = await erase(param("cancelToken"));
      if (!erasure) throw notFound("Registration", "No registration belongs to this cancel token.");
      const receipt: ErasureReceipt = { id: erasure.registrationId, status: "cancelled", personalDataErasedAt: erasure.personalDataErasedAt, promoted: erasure.promoted.length };
      return c.json(receipt, 200, PRIVATE_HEADERS);
    },
  );

  const page = (c: Context, body: string, status: 200 | 404 = 200) => c.html(body, status, { ...PRIVATE_HEADERS, "Content-Security-Policy": PAGE_CSP });

  s.app.get("/my-registration/:token", async (c) => {
    const token = c.req.param("token");
    const registration = await own(token);
    if (!registration) return page(c, notFoundPage().__html, 404);
    return page(c, ownRegistrationPage(registration, token).__html);
  });

  s.app.post("/my-registration/:token/cancel", async (c) => {
    const token = c.req.param("token");
    const cancelled = CANCEL_TOKEN.test(token) ? await cancelRegistration(s.db, token, s.now()) : undefined;
    if (!cancelled) return page(c, notFoundPage().__html, 404);
    const context = await s.eventContexts.get(cancelled.registration.eventId);
    if (context) s.readCache.invalidateDialogue(context.dialogueId);
    const registration = await own(token);
    return page(c, registration ? ownRegistrationPage(registration, token, PAGE_TEXTS[registration.language].done).__html : notFoundPage().__html);
  });

  s.app.post("/my-registration/:token/erase", async (c) => {
    const token = c.req.param("token");
    if (!(await erase(token))) return page(c, notFoundPage().__html, 404);
    const registration = await own(token);
    return page(c, registration ? ownRegistrationPage(registration, token, PAGE_TEXTS[registration.language].done).__html : notFoundPage().__html);
  });
}
