import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/**
 * Bundles the server into one ESM file: it starts in about half the time of the TypeScript
 * sources and needs no build of the workspace packages. Native and optional drivers stay
 * external, so the file must live where apps/api/node_modules resolves them.
 */
export async function buildServer(outfile = "dist/server.js") {
  await build({
    absWorkingDir: root,
    entryPoints: ["src/main.ts"],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    sourcemap: true,
    legalComments: "none",
    external: ["better-sqlite3", "pg", "pg-native", "pg-cloudflare"],
    // Bundled CommonJS dependencies may call require(); ESM output has none of its own.
    banner: { js: "import { createRequire as __kfdCreateRequire } from 'node:module'; const require = __kfdCreateRequire(import.meta.url);" },
    logLevel: "warning",
  });
  return outfile;
}
