import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Where the built widgets are: `KFD_WIDGETS_DIR`, else `packages/widgets/dist` found by
 * climbing from this file — which works from `src/` in development and from the bundled
 * server in `dist/` alike.
 */
export function widgetsDistDir(env: Record<string, string | undefined> = process.env): string {
  if (env.KFD_WIDGETS_DIR) return env.KFD_WIDGETS_DIR;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, "packages", "widgets");
    if (existsSync(join(candidate, "package.json"))) return join(candidate, "dist");
    const parent = dirname(dir);
    if (parent === dir) return join(process.cwd(), "packages", "widgets", "dist");
    dir = parent;
  }
}

const CONTENT_TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/** Content type of a servable widget file; anything else in the folder is not served. */
export function contentTypeOf(path: string): string | undefined {
  const dot = path.lastIndexOf(".");
  return dot === -1 ? undefined : CONTENT_TYPES[path.slice(dot)];
}

/**
 * Hashed chunks never change under their name and may be kept for a year; entry files keep
 * their name across releases, so browsers must come back for them soon.
 */
export function cacheControlOf(path: string): string {
  return path.startsWith("chunks/") ? "public, max-age=31536000, immutable" : "public, max-age=300, must-revalidate";
}
