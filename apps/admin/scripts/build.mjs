// Builds the console: the shell's hashed JS, a hashed chunk per screen and per language, and one
// hashed CSS file under dist/assets/, and an index.html that only links the shell and the CSS —
// the API serves it under a CSP without 'unsafe-inline'.
import { build } from "esbuild";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

const result = await build({
  absWorkingDir: root,
  entryPoints: { app: "src/main.ts", "admin": "src/styles/admin.css" },
  outdir: join(dist, "assets"),
  entryNames: "[name]-[hash]",
  // Each screen (src/screen-loader.ts) and each language's catalogue is its own chunk, loaded
  // when it is first shown or chosen.
  splitting: true,
  chunkNames: "[name]-[hash]",
  bundle: true,
  format: "esm",
  platform: "browser",
  target: ["es2021", "chrome100", "firefox100", "safari15"],
  minify: true,
  sourcemap: "linked",
  metafile: true,
  tsconfig: join(root, "tsconfig.json"),
  logLevel: "warning",
});

const outputs = Object.keys(result.metafile.outputs);
const js = outputs.find((f) => result.metafile.outputs[f].entryPoint === "src/main.ts");
const css = outputs.find((f) => /admin-[^/]+\.css$/.test(f));
if (!js || !css) throw new Error("esbuild produced no app bundle or stylesheet");

for (const file of outputs.filter((f) => f.endsWith(".js"))) {
  const code = readFileSync(join(root, file), "utf8");
  if (/new Function\s*\(|\beval\s*\(/.test(code)) throw new Error(`${file} compiles code at run time: it would fail under the strict CSP`);
}

writeFileSync(
  join(dist, "index.html"),
  `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>kfd – Arbeitsbereich der Kommune</title>
<link rel="stylesheet" href="/admin/assets/${basename(css)}">
<script type="module" src="/admin/assets/${basename(js)}"></script>
</head>
<body>
<kfd-admin-app></kfd-admin-app>
<noscript>Der Arbeitsbereich braucht JavaScript.</noscript>
</body>
</html>
`,
);
process.stdout.write(`@kfd/admin: dist/assets/${basename(js)}, dist/assets/${basename(css)}\n`);
