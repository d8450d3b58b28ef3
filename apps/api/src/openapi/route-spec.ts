import type { Context } from "hono";
import type * as z from "zod/mini";
import type { AppEnv } from "../app-env.js";

export type HttpMethod = "get" | "post" | "patch" | "delete";

export interface ResponseSpec {
  description: string;
  /** A schema of the catalogue (schema-catalogue.ts); the document refers to it by name. */
  schema?: z.ZodMiniType;
  /** Defaults to application/json. */
  contentType?: string;
  /** Further media types the same answer can take (chosen by query or Accept), documented as text. */
  alsoAs?: string[];
}

export type AnyObjectSchema = z.ZodMiniObject<Record<string, z.ZodMiniType>>;

/**
 * One route as both the server and the OpenAPI document see it. Request schemas are the
 * domain's own, so validation and documentation cannot drift apart.
 */
export interface RouteSpec<Body extends z.ZodMiniType | undefined = z.ZodMiniType | undefined, Query extends AnyObjectSchema | undefined = AnyObjectSchema | undefined> {
  method: HttpMethod;
  /** OpenAPI-style path: /v1/dialogues/{idOrSlug}. */
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  /** "admin" routes need a bearer token; "public" ones take an optional one (admins see more). */
  access: "public" | "admin";
  params?: Record<string, string>;
  query?: Query;
  body?: Body;
  /** A route whose body may be left out entirely (it is then parsed as {}). */
  bodyOptional?: boolean;
  responses: Record<number, ResponseSpec>;
  /** Problem statuses the route may answer besides the ones every route can (400 for bad input etc.). */
  problems?: number[];
}

export type Output<S> = S extends z.ZodMiniType ? z.output<S> : undefined;

export interface RouteInput<Body, Query> {
  body: Output<Body>;
  query: Output<Query>;
  /** A path parameter; the router guarantees it is present. */
  param: (name: string) => string;
}

export type RouteHandler<Body, Query> = (c: Context<AppEnv>, input: RouteInput<Body, Query>) => Response | Promise<Response>;
