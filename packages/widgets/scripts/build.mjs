// Builds the browser bundles: one entry per widget, kfd-widgets.js defining all of them,
// shared code and translations in hashed chunks; then checks and reports their size.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { minifyCssLiterals } from "./minify-css-literals.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const src = join(root, "src");
const dist = join(root, "dist");

/** The widgets, each an entry file of its own; one whose folder does not exist yet is skipped. */
const WIDGETS = ["registration-form", "steckbrief-card", "results-map", "stats"];
// KFD_WIDGETS=registration-form builds a subset, e.g. while another widget is half-written.
const only = process.env.KFD_WIDGETS?.split(",").map((w) => w.trim());
const widgets = WIDGETS.filter((name) => existsSync(join(src, name, `${name}.ts`)) && (!only || only.includes(name)));

// `--clean` (before packing) starts from an empty dist/; otherwise old chunks stay a while, see below.
if (process.argv.includes("--clean")) rmSync(dist, { recursive: true, force: true });

const allInOne = {
  name: "kfd-widgets-entry",
  setup(b) {
    b.onResolve({ filter: /^kfd-widgets-entry$/ }, () => ({ path: "kfd-widgets", namespace: "kfd-entry" }));
    b.onLoad({ filter: /.*/, namespace: "kfd-entry" }, () => ({
      contents: widgets.map((name) => `import "./${name}/${name}.ts";`).join("\n"),
      resolveDir: src,
      loader: "ts",
    }));
  },
};

const result = await build({
  absWorkingDir: root,
  entryPoints: [
    { in: "kfd-widgets-entry", out: "kfd-widgets" },
    ...widgets.map((name) => ({ in: `src/${name}/${name}.ts`, out: name })),
  ],
  outdir: dist,
  entryNames: "[name]",
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "browser",
  target: ["es2021", "chrome100", "firefox100", "safari15"],
  minify: true,
  legalComments: "external",
  sourcemap: "linked",
  metafile: true,
  tsconfig: join(root, "tsconfig.json"),
  plugins: [allInOne, minifyCssLiterals],
  logLevel: "warning",
});

writeFileSync(join(dist, "meta.json"), JSON.stringify(result.metafile));

// Old chunks are removed only once nobody can still be loading them: a page opened before this
// build (a running test, a browser tab) asks for the chunk names it was built with.
const current = new Set(Object.keys(result.metafile.outputs).map((f) => join(root, f)));
const staleAfterMs = 10 * 60 * 1000;
for (const name of readdirSync(join(dist, "chunks"))) {
  const file = join(dist, "chunks", name);
  if (!current.has(file) && Date.now() - statSync(file).mtimeMs > staleAfterMs) rmSync(file);
}

// A strict CSP (no 'unsafe-eval') breaks code that compiles code at run time.
const forbidden = [/new Function\s*\(/, /\beval\s*\(/];
for (const file of Object.keys(result.metafile.outputs).filter((f) => f.endsWith(".js"))) {
  const code = readFileSync(join(root, file), "utf8");
  const hit = forbidden.find((pattern) => pattern.test(code));
  if (hit) throw new Error(`${file} contains ${hit}: it would fail under a strict Content-Security-Policy`);
}

/** Bytes a browser fetches before the widget can render: the entry and its static imports. */
function upFront(output, seen = new Set()) {
  if (seen.has(output)) return seen;
  seen.add(output);
  for (const dep of result.metafile.outputs[output].imports) {
    if (dep.kind === "import-statement" && !dep.external) upFront(dep.path, seen);
  }
  return seen;
}
const gzipSize = (file) => gzipSync(readFileSync(join(root, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const sizes = {};
for (const name of ["kfd-widgets", ...widgets]) {
  const entry = relative(root, join(dist, `${name}.js`));
  const files = [...upFront(entry)];
  sizes[name] = { upFrontGzip: files.reduce((sum, f) => sum + gzipSize(f), 0), files: files.length };
}
const localeChunks = Object.keys(result.metafile.outputs).filter((f) => /chunks\/(en|ar|fa|uk|tr)-[A-Z0-9]+\.js$/.test(f));
for (const f of localeChunks) sizes[`locale:${f.match(/chunks\/(\w+)-/)[1]}`] = { upFrontGzip: gzipSize(f), files: 1 };
writeFileSync(join(dist, "sizes.json"), JSON.stringify(sizes, null, 2));
for (const [name, s] of Object.entries(sizes)) console.log(`${name.padEnd(24)} ${kb(s.upFrontGzip).padStart(9)} min+gzip (${s.files} file${s.files > 1 ? "s" : ""})`);

execFileSync(
  join(root, "node_modules/.bin/custom-elements-manifest"),
  ["analyze", "--litelement", "--globs", "src/**/*.component.ts", "src/base/kfd-element.ts", "--outdir", "."],
  { cwd: root, stdio: ["ignore", "ignore", "inherit"] },
);
