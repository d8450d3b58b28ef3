import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** The browser tests load the built files the API serves: build them unless they are newer than every source. */
export default function setup(): void {
  const built = join(root, "dist", "kfd-widgets.js");
  const sources = Math.max(newestSource(join(root, "src")), newestSource(join(root, "..", "domain", "src")), newestSource(join(root, "..", "sdk", "src")));
  if (existsSync(built) && statSync(built).mtimeMs > sources) return;
  execFileSync(process.execPath, [join(root, "scripts", "build.mjs")], { cwd: root, stdio: "inherit" });
}
