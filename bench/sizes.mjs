// Size of what a host page downloads before a widget can render: its entry file plus every
// chunk reached through static imports (lazily loaded locales are not counted).
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const staticImport = /(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;
const reExport = /(?:^|[;\n}])\s*export\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g;

function upFrontFiles(entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, "utf8");
  for (const pattern of [staticImport, reExport]) {
    for (const match of code.matchAll(pattern)) {
      const spec = match[1];
      if (spec.startsWith(".")) upFrontFiles(resolve(dirname(entry), spec), seen);
    }
  }
  return seen;
}

export function measureEntry(file) {
  const files = [...upFrontFiles(resolve(file))];
  const bytes = files.reduce((sum, f) => sum + readFileSync(f).length, 0);
  const gzip = files.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  return { files: files.length, bytes, gzip };
}

export function measureFile(file) {
  const data = readFileSync(file);
  return { files: 1, bytes: data.length, gzip: gzipSync(data, { level: 9 }).length };
}

export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
export { join };
