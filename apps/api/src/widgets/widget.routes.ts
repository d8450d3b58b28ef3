import { readFile, stat } from "node:fs/promises";
import { resolve, sep } from "node:path";
import { Hono } from "hono";
import { notFound } from "../problem/problem-exception.js";
import { cacheControlOf, contentTypeOf, widgetsDistDir } from "./widget-files.js";

export interface WidgetRoutesOptions {
  /** Folder with the built widgets; defaults to `widgetsDistDir()`. */
  root?: string;
}

/**
 * Serves `packages/widgets/dist` at `/widgets/*` for embedding on other sites: module scripts
 * are fetched in CORS mode, so every answer allows any origin and any embedder
 * (`Cross-Origin-Resource-Policy: cross-origin`). Mount with `app.route("/", widgetRoutes())`.
 */
export function widgetRoutes(options: WidgetRoutesOptions = {}): Hono {
  const root = resolve(options.root ?? widgetsDistDir());
  const app = new Hono();

  app.on(["GET", "HEAD"], "/widgets/*", async (c) => {
    const relative = c.req.path.slice("/widgets/".length);
    const contentType = contentTypeOf(relative);
    const file = resolve(root, relative);
    if (!contentType || !file.startsWith(root + sep) || relative.includes("\0")) throw notFound("Widget file", "No widget file with this name exists.");
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) throw notFound("Widget file", "No widget file with this name exists.");

    const etag = `W/"${info.size.toString(36)}-${Math.trunc(info.mtimeMs).toString(36)}"`;
    const headers: Record<string, string> = {
      "Content-Type": contentType,
      "Cache-Control": cacheControlOf(relative),
      ETag: etag,
      "Access-Control-Allow-Origin": "*",
      "Cross-Origin-Resource-Policy": "cross-origin",
      "X-Content-Type-Options": "nosniff",
    };
    if (c.req.header("if-none-match") === etag) return c.body(null, 304, headers);
    headers["Content-Length"] = String(info.size);
    if (c.req.method === "HEAD") return c.body(null, 200, headers);
    return c.body(await readFile(file), 200, headers);
  });

  return app;
}
