import { readFile, stat } from "node:fs/promises";
import { join, normalize, relative, sep } from "node:path";
import type { Context } from "hono";
import { contentTypeOf } from "./content-types.js";

export interface StaticOptions {
  /** URL prefix the directory is mounted at ("" for the site root). */
  prefix: string;
  /** Content-Security-Policy for HTML files served from here. */
  htmlCsp: string;
  /** Answer index.html for unknown paths without a file extension (a single-page app's routes). */
  spaFallback?: boolean;
  /** Paths (relative to the directory) that are part of the project, not of the site. */
  exclude?: RegExp;
  /** Paths (relative to the directory) whose names carry their content's hash: kept by browsers for a year. */
  hashedNames?: RegExp;
}

/**
 * Serves files below `root` — nothing above it, no dotfiles, no node_modules, only known media
 * types. Files are read per request: they are small and change while developing.
 */
export function staticFiles(root: string, options: StaticOptions) {
  const base = normalize(root.endsWith(sep) ? root : root + sep);
  const resolve = (urlPath: string): string | undefined => {
    let relative: string;
    try {
      relative = decodeURIComponent(urlPath.slice(options.prefix.length)).replace(/^\/+/, "");
    } catch {
      return undefined;
    }
    if (relative.split("/").some((part) => part.startsWith(".") || part === "node_modules")) return undefined;
    if (options.exclude?.test(relative)) return undefined;
    const file = normalize(join(base, relative));
    return file.startsWith(base) ? file : undefined;
  };

  const load = async (file: string): Promise<{ file: string; data: Buffer } | undefined> => {
    try {
      const info = await stat(file);
      const target = info.isDirectory() ? join(file, "index.html") : file;
      return { file: target, data: await readFile(target) };
    } catch {
      return undefined;
    }
  };

  return async (c: Context): Promise<Response> => {
    const file = resolve(new URL(c.req.url).pathname);
    let found = file === undefined ? undefined : await load(file);
    if (!found && options.spaFallback && file !== undefined && !/\.[a-z0-9]+$/i.test(file)) found = await load(join(base, "index.html"));
    const type = found && contentTypeOf(found.file);
    if (!found || !type) return c.notFound();
    // A hashed name never gets other content; every other file may change under its name.
    const hashed = options.hashedNames?.test(relative(base, found.file).split(sep).join("/"));
    const headers: Record<string, string> = { "Content-Type": type, "Cache-Control": hashed ? "public, max-age=31536000, immutable" : "no-cache" };
    if (type.startsWith("text/html")) headers["Content-Security-Policy"] = options.htmlCsp;
    return c.body(new Uint8Array(found.data), 200, headers);
  };
}
