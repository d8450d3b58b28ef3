import type { KfdDatabase } from "@kfd/db";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv } from "./app-env.js";
import { createAuthenticator } from "./auth/authenticator.js";
import { registerCalendarRoutes } from "./calendar/calendar.routes.js";
import type { Config } from "./config.js";
import { publicReadCors } from "./cors/cors-headers.js";
import { EmbedOrigins } from "./cors/embed-origins.js";
import { publicPreflight } from "./cors/public-preflight.js";
import { embedRoutes } from "./embed/embed.routes.js";
import { registerDialogueRoutes } from "./dialogue/dialogue.routes.js";
import { EventContexts } from "./event/event-contexts.js";
import { registerEventRoutes } from "./event/event.routes.js";
import { registerHealthRoutes } from "./health/health.routes.js";
import { requestLog } from "./http/request-log.js";
import { registerMapRoutes } from "./map/map.routes.js";
import { registerMeasureRoutes } from "./measure/measure.routes.js";
import { registerMunicipalityRoutes } from "./municipality/municipality.routes.js";
import { registerOpenApiRoutes } from "./openapi/openapi.routes.js";
import { RouteRegistry } from "./openapi/route-registry.js";
import { ProblemException } from "./problem/problem-exception.js";
import { handleError, handleNotFound } from "./problem/problem-response.js";
import { RateLimiter } from "./rate-limit/rate-limiter.js";
import { readModelFastPath } from "./read-model/fast-path.js";
import { ReadCache } from "./read-model/read-cache.js";
import { registerRegistrationRoutes } from "./registration/registration.routes.js";
import { registerResultRoutes } from "./result/result.routes.js";
import { PAGE_CSP, securityHeaders } from "./security/security-headers.js";
import type { AppServices } from "./services.js";
import { staticFiles } from "./static/static-files.js";
import { registerSteckbriefRoutes } from "./steckbrief/steckbrief.routes.js";
import { registerTokenRoutes } from "./token/token.routes.js";
import { widgetRoutes } from "./widgets/widget.routes.js";
import { registerWorkingGroupRoutes } from "./working-group/working-group.routes.js";
import { mountRegistrationAudit } from "./audit/audit-trail.js";
import { registerAuditRoutes } from "./audit/audit.routes.js";
import { registerOutboxRoutes } from "./mail/outbox.routes.js";
import { registerEraseRoutes } from "./retention/erase.routes.js";
import { registerSelfServiceRoutes } from "./self-service/self-service.routes.js";
import { registerStatsRoutes } from "./stats/stats.routes.js";
import { createRequestAuthenticator } from "./auth/request-authenticator.js";
import { registerEmbedSnippetRoutes } from "./embed/embed-snippets.routes.js";
import { registerEventNeedsRoutes } from "./event/event-needs.routes.js";
import { registerChecklistRoutes } from "./preparation/checklist.routes.js";
import { registerMilestoneRoutes } from "./preparation/milestone.routes.js";
import { registerPreparationRoutes } from "./preparation/preparation.routes.js";
import { registerIdeaToMeasureRoutes } from "./result/idea-to-measure.routes.js";
import { ownOrigins, sessionLifetime } from "./session/session-lifetime.js";
import { registerSessionRoutes } from "./session/session.routes.js";
import { registerPasswordResetRoutes } from "./password-reset/password-reset.routes.js";
import { registerInvitationRoutes } from "./staff/invitation.routes.js";
import { registerStaffRoutes } from "./staff/staff.routes.js";

/** apps/demo is a package too: its manifest, configs and tests are not part of the page. */
const PROJECT_FILES = /^(package\.json|tsconfig[^/]*\.json|[^/]*\.config\.[a-z]+|tests?\/.*|src\/.*|v1\/.*)$/;

/** The console's build names its shell, screen chunks and stylesheet `<name>-<hash>` (apps/admin/scripts/build.mjs). */
const ADMIN_HASHED_FILES = /^assets\/[^/]+-[A-Z0-9]{8}\.(js|css)(\.map)?$/;

const BODYLESS_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Tests elsewhere in the repo (SDK, widgets) start the real app with the real configuration rules. */
export { loadConfig, type Config } from "./config.js";
/** Test stacks elsewhere (the console's) load the register as a server start does. */
export { ensureMunicipalityRegister } from "./municipality/municipality-register.js";

export interface AppDeps {
  db: KfdDatabase;
  config: Config;
  /** The clock every rule is decided by; tests pass a fixed one. */
  now?: () => Date;
  /** Where request lines (method path status ms) and server errors go; requests are not logged without it. */
  log?: (line: string) => void;
}

export function createApp(deps: AppDeps): Hono<AppEnv> {
  const { db, config } = deps;
  const now = deps.now ?? (() => new Date());
  const logError = deps.log ?? ((line: string) => console.error(line));
  const app = new Hono<AppEnv>();

  app.onError((err, c) => handleError(err, c, logError));
  app.notFound(handleNotFound);
  if (deps.log) app.use(requestLog(deps.log));
  const readCache = new ReadCache(config.readCacheMs);
  app.use(readModelFastPath(readCache));
  app.use(...securityHeaders());
  app.use(publicReadCors);
  const limitBody = bodyLimit({
    maxSize: config.bodyLimitBytes,
    onError: () => {
      throw new ProblemException({ status: 413, code: "payload_too_large", title: "Payload too large", detail: `Request bodies are limited to ${config.bodyLimitBytes} bytes.` });
    },
  });
  // Looking at a request's body makes the Node adapter build a full Request: reads skip it.
  app.use((c, next) => (BODYLESS_METHODS.has(c.req.method) ? next() : limitBody(c, next)));

  const services: AppServices = {
    app,
    db,
    config,
    now,
    routes: new RouteRegistry(
      app,
      createRequestAuthenticator({ db, bearer: createAuthenticator(db, config.adminToken), lifetime: sessionLifetime(config), ownOrigins: ownOrigins(config), now }),
    ),
    readCache,
    eventContexts: new EventContexts(db, config.readCacheMs),
  };

  registerHealthRoutes(services);
  registerOpenApiRoutes(services);
  registerMunicipalityRoutes(services);
  registerDialogueRoutes(services);
  registerSteckbriefRoutes(services);
  registerMapRoutes(services);
  registerEventRoutes(services);
  registerCalendarRoutes(services);
  mountRegistrationAudit(services);
  registerRegistrationRoutes(services, {
    services,
    origins: new EmbedOrigins(db, config.embedOrigins, config.readCacheMs),
    limiter: new RateLimiter(config.rateLimitPerMinute, () => now().getTime()),
  });
  registerResultRoutes(services);
  registerWorkingGroupRoutes(services);
  registerMeasureRoutes(services);
  registerTokenRoutes(services);
  registerSelfServiceRoutes(services);
  registerEraseRoutes(services);
  registerOutboxRoutes(services);
  registerAuditRoutes(services);
  registerStatsRoutes(services);
  registerSessionRoutes(services);
  registerPasswordResetRoutes(services);
  registerStaffRoutes(services);
  registerInvitationRoutes(services);
  registerPreparationRoutes(services);
  registerChecklistRoutes(services);
  registerMilestoneRoutes(services);
  registerEventNeedsRoutes(services);
  registerIdeaToMeasureRoutes(services);
  registerEmbedSnippetRoutes(services);

  app.route("/", widgetRoutes());
  app.route("/", embedRoutes({ db, config, now }));

  app.options("*", publicPreflight);
  app.get("/admin", (c) => c.redirect("/admin/", 308));
  app.get("/admin/*", staticFiles(config.adminDir, { prefix: "/admin", htmlCsp: PAGE_CSP, spaFallback: true, hashedNames: ADMIN_HASHED_FILES }));
  app.get("*", staticFiles(config.demoDir, { prefix: "", htmlCsp: PAGE_CSP, exclude: PROJECT_FILES }));
  return app;
}
