#!/usr/bin/env node
// The browser tests drive Debian's Chromium: Playwright cannot download its own browser on
// machines without internet beyond the package registries. Install it once if it is missing.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const chromium = process.env.KFD_CHROMIUM ?? "/usr/bin/chromium";

if (existsSync(chromium)) process.exit(0);

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (!isRoot) {
  console.error(`\n✖ Chromium not found at ${chromium}. The browser tests need it.\n  Install it with: sudo apt-get install -y chromium\n  or point KFD_CHROMIUM at an existing Chromium/Chrome binary.\n`);
  process.exit(1);
}

console.log(`Chromium not found at ${chromium}: installing Debian's chromium package (one-time, a few minutes)…`);
const run = (args) => execFileSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
run(["update", "-qq"]);
run(["install", "-y", "-qq", "chromium"]);
if (!existsSync(chromium)) {
  console.error(`✖ apt-get finished but ${chromium} is still missing.`);
  process.exit(1);
}
console.log("Chromium installed.");
