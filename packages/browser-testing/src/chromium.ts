import { chromium, type Browser } from "playwright-core";

/**
 * Debian's Chromium, as the tests drive it. Playwright cannot download a browser of its own on
 * these machines, and without the background-networking flags Chromium keeps calling hosts
 * that the closed network refuses.
 */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.KFD_CHROMIUM ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
}
