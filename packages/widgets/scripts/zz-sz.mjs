import { build } from "esbuild";
import { gzipSync } from "node:zlib";
const r = await build({ absWorkingDir: process.cwd(), entryPoints: [process.argv[2]], bundle: true, format: "esm", minify: true, write: false, metafile: true, splitting: true, outdir: "/tmp/szout", legalComments: "none", target: "es2021" });
let total = 0;
for (const f of r.outputFiles) { const g = gzipSync(f.contents, { level: 9 }).length; if (!/\/(en|ar|fa|uk|tr)-/.test(f.path)) total += g; console.log(f.path.replace("/tmp/szout/", ""), f.contents.length, g); }
console.log("total (no locales)", total);
