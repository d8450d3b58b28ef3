import { mkdir } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * Bundles a TypeScript worker entry into one .mjs that plain `node` runs as a separate
 * process (Node 20 cannot run .ts). The bundle lives inside the package's node_modules so it
 * resolves the native better-sqlite3 and pg exactly as the package does.
 */
export async function bundleWorker(entry: string): Promise<string> {
  const outfile = join(packageRoot, "node_modules/.cache/kfd-db", basename(entry).replace(/\.ts$/, ".mjs"));
  await mkdir(dirname(outfile), { recursive: true });
  await build({ entryPoints: [entry], outfile, bundle: true, platform: "node", format: "esm", target: "node20", external: ["better-sqlite3", "pg"], logLevel: "error" });
  return outfile;
}
