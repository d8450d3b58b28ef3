import type { Hono } from "hono";
import type * as z from "zod/mini";
import type { AppEnv } from "../app-env.js";
import type { RequestAuthenticator } from "../auth/request-authenticator.js";
import { parseInput } from "../http/parse-input.js";
import { readJsonBody } from "../http/read-json-body.js";
import type { AnyObjectSchema, RouteHandler, RouteSpec } from "./route-spec.js";

const toHonoPath = (path: string) => path.replace(/\{(\w+)\}/g, ":$1");

/**
 * Every route is added through here, so the OpenAPI document lists exactly the routes the
 * server answers, with the schemas it validates against.
 */
export class RouteRegistry {
  readonly specs: RouteSpec[] = [];

  constructor(
    private readonly app: Hono<AppEnv>,
    private readonly authenticate: RequestAuthenticator,
  ) {}

  add<Body extends z.ZodMiniType | undefined = undefined, Query extends AnyObjectSchema | undefined = undefined>(
    spec: RouteSpec<Body, Query>,
    handler: RouteHandler<Body, Query>,
  ): void {
    this.specs.push(spec as RouteSpec);
    const authenticate = this.authenticate;
    this.app.on(spec.method.toUpperCase(), toHonoPath(spec.path), async (c) => {
      c.set("principal", await authenticate(c, spec.access === "admin"));
      const query = spec.query ? parseInput(spec.query, c.req.query(), "query") : undefined;
      let body: unknown;
      if (spec.body) {
        const raw = await readJsonBody(c);
        body = parseInput(spec.body, raw === undefined && spec.bodyOptional ? {} : raw, "body");
      }
      const param = (name: string) => c.req.param(name) ?? "";
      return handler(c, { body, query, param } as Parameters<RouteHandler<Body, Query>>[1]);
    });
  }
}
