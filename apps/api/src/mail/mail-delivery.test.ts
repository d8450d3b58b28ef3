import { createStaff, hashPassword, listOutbox } from "@kfd/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jobDepsFromConfig } from "../jobs/background-jobs.js";
import { runJobs, type JobDeps } from "../jobs/run-jobs.js";
import { loadConfig } from "../config.js";
import { createEventVia, createPublishedDialogue, createTestApi, expectStatus, register, registrationBody, type TestApi } from "../testing/test-api.js";
import { parseMime } from "./testing/mime.js";
import { startSmtpTestServer, type SmtpTestServer } from "./testing/smtp-test-server.js";

const PUBLIC_URL = "https://kfd.example.de";

describe("e-mails to registrants over real SMTP", () => {
  let api: TestApi;
  let smtp: SmtpTestServer;
  let jobs: JobDeps;

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    api = await createTestApi({ env: { SMTP_URL: smtp.url, KFD_PUBLIC_URL: PUBLIC_URL } });
    const config = loadConfig({ SMTP_URL: smtp.url, KFD_PUBLIC_URL: PUBLIC_URL, KFD_MAIL_FROM: "Stadt Tübingen <dialog@tuebingen.example>" });
    jobs = { ...jobDepsFromConfig(api.db, config, () => api.clock.now), delivery: { ...jobDepsFromConfig(api.db, config).delivery, backoff: { baseMs: 60_000, capMs: 600_000 } } };
  });

  afterAll(async () => {
    jobs.mailer?.close();
    await smtp.close();
    await api.close();
  });

  const advance = (ms: number) => {
    api.clock.now = new Date(api.clock.now.getTime() + ms);
  };

  it("sends the confirmation in the registrant's language with the personal link and the calendar file", async () => {
    const dialogue = await createPublishedDialogue(api);
    const event = await createEventVia(api, dialogue.id, { capacity: 1 });
    const receipt = await expectStatus(register(api, event.id, registrationBody(1, { language: "ar", name: "Amal" })), 201);
    const waiting = await expectStatus(register(api, event.id, registrationBody(2, { language: "uk" })), 201);

    const run = await runJobs(jobs);
    expect(run.delivery).toEqual({ sent: 2, retrying: 0, failed: 0, expired: 0 });
    expect(smtp.received).toHaveLength(2);

    const confirmation = smtp.received.find((m) => m.to.includes("person1@example.org"));
    if (!confirmation) throw new Error("no confirmation received");
    const mail = parseMime(confirmation.raw);
    expect(mail.headers.subject).toBe("تم تأكيد التسجيل: World-Café im Rathaus");
    expect(mail.headers["message-id"]).toMatch(/^<[0-9a-f-]+@kfd>$/);
    expect(mail.headers.from).toContain("dialog@tuebingen.example");
    const text = mail.parts.find((p) => p.headers["content-type"]?.startsWith("text/plain"));
    const htmlPart = mail.parts.find((p) => p.headers["content-type"]?.startsWith("text/html"));
    const ics = mail.parts.find((p) => p.headers["content-type"]?.startsWith("text/calendar"));
    expect(text?.body).toContain("مرحبًا Amal");
    expect(text?.body).toContain(`${PUBLIC_URL}/my-registration/${receipt.cancelToken}`);
    expect(htmlPart?.body).toContain('<html lang="ar" dir="rtl">');
    expect(htmlPart?.body).toContain(`href="${PUBLIC_URL}/my-registration/${receipt.cancelToken}"`);
    expect(ics?.body).toContain(`UID:${event.id}@kfd`);
    expect(ics?.body).toContain("DTSTART;TZID=Europe/Berlin:20301203T180000");

    const notice = smtp.received.find((m) => m.to.includes("person2@example.org"));
    const noticeMail = parseMime(notice?.raw ?? "");
    expect(noticeMail.headers.subject).toBe("Список очікування, місце 1: World-Café im Rathaus");
    expect(noticeMail.parts.some((p) => p.headers["content-type"]?.startsWith("text/calendar"))).toBe(false);
    expect(noticeMail.parts[0]?.body).toContain(waiting.cancelToken);

    // Once sent, the plain token is gone from the database.
    const stored = (await listOutbox(api.db, { eventId: event.id })).map((m) => m.payload);
    expect(stored.every((p) => p.cancelToken === undefined)).toBe(true);

    // The link in the e-mail opens a working page.
    const page = await api.request(`/my-registration/${receipt.cancelToken}`, { token: null });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Amal");
  });

  it("retries with backoff while the server answers 451 or hangs up, then delivers exactly once", async () => {
    smtp.received.length = 0;
    const dialogue = await createPublishedDialogue(api);
    const event = await createEventVia(api, dialogue.id, { capacity: 5 });
    await expectStatus(register(api, event.id, registrationBody(3, { language: "tr" })), 201);

    smtp.failNext(1);
    expect((await runJobs(jobs)).delivery).toMatchObject({ sent: 0, retrying: 1 });
    let [message] = await listOutbox(api.db, { eventId: event.id });
    expect(message).toMatchObject({ status: "queued", attempts: 1 });
    expect(message?.lastError).toMatch(/451/);

    // Before the backoff has passed nothing is tried.
    advance(30_000);
    expect((await runJobs(jobs)).delivery).toMatchObject({ sent: 0, retrying: 0 });

    advance(30_000);
    smtp.refuseConnections(1);
    expect((await runJobs(jobs)).delivery).toMatchObject({ sent: 0, retrying: 1 });
    [message] = await listOutbox(api.db, { eventId: event.id });
    expect(message).toMatchObject({ status: "queued", attempts: 2 });
    expect(Date.parse(message?.nextAttemptAt ?? "") - api.clock.now.getTime()).toBe(120_000);

    advance(120_000);
    expect((await runJobs(jobs)).delivery).toMatchObject({ sent: 1 });
    advance(3600_000);
    expect((await runJobs(jobs)).delivery).toMatchObject({ sent: 0 });
    expect(smtp.received.filter((m) => m.to.includes("person3@example.org"))).toHaveLength(1);
    expect(parseMime(smtp.received[0]?.raw ?? "").headers.subject).toBe("Kayıt onaylandı: World-Café im Rathaus");
    [message] = await listOutbox(api.db, { eventId: event.id });
    expect(message).toMatchObject({ status: "sent", attempts: 3 });
  });

  it("sends promotion, cancellation and reminder messages as the changes happen", async () => {
    smtp.received.length = 0;
    const dialogue = await createPublishedDialogue(api);
    const event = await createEventVia(api, dialogue.id, { capacity: 1 });
    const first = await expectStatus(register(api, event.id, registrationBody(10)), 201);
    await expectStatus(register(api, event.id, registrationBody(11, { language: "fa" })), 201);
    await expectStatus(api.request(`/v1/registrations/${first.cancelToken}`, { method: "DELETE", token: null }), 200);
    await runJobs(jobs);
    const promoted = smtp.received.filter((m) => m.to.includes("person11@example.org")).map((m) => parseMime(m.raw).headers.subject);
    expect(promoted).toContain("اکنون جا دارید: World-Café im Rathaus");

    // The reminder comes within the lead time (48 h by default) before the event.
    api.clock.now = new Date("2030-12-02T12:00:00+01:00");
    await runJobs(jobs);
    const reminder = smtp.received.find((m) => m.to.includes("person11@example.org") && parseMime(m.raw).headers.subject?.startsWith("یادآوری"));
    expect(reminder).toBeDefined();

    await expectStatus(api.request(`/v1/events/${event.id}/cancel`, { method: "POST", json: { reason: "Krankheit" } }), 200);
    await runJobs(jobs);
    const cancelled = smtp.received.map((m) => parseMime(m.raw)).find((m) => m.headers.subject === "لغو شد: World-Café im Rathaus");
    expect(cancelled?.parts.find((p) => p.headers["content-type"]?.startsWith("text/calendar"))?.body).toContain("STATUS:CANCELLED");
    expect(cancelled?.parts[0]?.body).toContain("Krankheit");
  });

  it("sends invitations and password-reset links to staff once, and never a link that stopped working", async () => {
    smtp.received.length = 0;
    const mailTo = (address: string) => smtp.received.filter((m) => m.to.includes(address)).map((m) => parseMime(m.raw));
    const invited = await expectStatus(api.request("/v1/invitations", { method: "POST", json: { email: "neu@example.org", name: "Nora Neu", role: "state-admin" } }), 201);
    const withdrawn = await expectStatus(api.request("/v1/invitations", { method: "POST", json: { email: "zurueck@example.org", role: "state-admin" } }), 201);
    await expectStatus(api.request(`/v1/invitations/${withdrawn.invitation.id}`, { method: "DELETE" }), 204);
    await createStaff(api.db, { email: "vergessen@example.org", name: "Vera", role: "state-admin", municipalityAgs: [], passwordHash: await hashPassword("Tische am Marktplatz 2026") }, api.clock.now);
    await expectStatus(api.request("/v1/password-reset", { method: "POST", token: null, json: { email: "vergessen@example.org" } }), 202);

    expect((await runJobs(jobs)).delivery).toMatchObject({ sent: 2, expired: 1 });
    const [invitation] = mailTo("neu@example.org");
    expect(invitation?.headers.subject).toBe("Einladung zur Konsole der Kommunalen Flüchtlingsdialoge");
    const invitationText = invitation?.parts.find((p) => p.headers["content-type"]?.startsWith("text/plain"))?.body ?? "";
    expect(invitationText).toContain("Hallo Nora Neu,");
    expect(invitationText).toContain("Rolle: Landesverwaltung");
    expect(invitationText).toContain(invited.acceptUrl);
    expect(invited.acceptUrl).toBe(`${PUBLIC_URL}/admin/invitation#${invited.token}`);
    expect(mailTo("zurueck@example.org")).toEqual([]);

    const [reset] = mailTo("vergessen@example.org");
    expect(reset?.headers.subject).toBe("Neues Passwort für die Konsole der Kommunalen Flüchtlingsdialoge");
    const resetHtml = reset?.parts.find((p) => p.headers["content-type"]?.startsWith("text/html"))?.body ?? "";
    const link = new RegExp(`href="${PUBLIC_URL}/admin/passwort-neu#([\\w-]{43})"`).exec(resetHtml);
    expect(link).not.toBeNull();
    // The link in the e-mail works, and its secret is gone from the outbox.
    await expectStatus(api.request(`/v1/password-reset/${link![1]}`, { token: null }), 200);
    const staffMail = (await listOutbox(api.db)).filter((m) => m.eventId === null);
    expect(staffMail.map((m) => m.status).sort()).toEqual(["expired", "sent", "sent"]);
    expect(JSON.stringify(staffMail)).not.toContain(link![1]);
    expect(JSON.stringify(staffMail)).not.toContain(invited.token);
  });
});
