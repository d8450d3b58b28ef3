import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const packages = join(root, "..", "..", "packages");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** The browser test loads the files the API serves: build the console (and the widgets the host page embeds) unless they are current. */
export default function setup(): void {
  const sources = Math.max(newestSource(join(root, "src")), ...["domain", "sdk", "widgets"].map((p) => newestSource(join(packages, p, "src"))));
  const index = join(root, "dist", "index.html");
  if (!existsSync(index) || statSync(index).mtimeMs < sources) {
    execFileSync(process.execPath, [join(root, "scripts", "build.mjs")], { cwd: root, stdio: "inherit" });
  }
  const widgets = join(packages, "widgets");
  const widgetsBuilt = join(widgets, "dist", "kfd-widgets.js");
  if (!existsSync(widgetsBuilt) || statSync(widgetsBuilt).mtimeMs < newestSource(join(widgets, "src"))) {
    execFileSync(process.execPath, [join(widgets, "scripts", "build.mjs")], { cwd: widgets, stdio: "inherit" });
  }
}
