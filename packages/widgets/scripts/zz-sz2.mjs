import { build } from "esbuild";
import { gzipSync } from "node:zlib";
const ext = process.argv.slice(3);
const r = await build({ absWorkingDir: process.cwd(), entryPoints: [process.argv[2]], bundle: true, format: "esm", minify: true, write: false, metafile: true, outdir: "/tmp/szout", legalComments: "none", target: "es2021", external: ext });
for (const f of r.outputFiles) { if (f.path.endsWith(".js")) console.log(f.contents.length, gzipSync(f.contents, { level: 9 }).length); }
const m = r.metafile.outputs; for (const o of Object.values(m)) for (const [k, v] of Object.entries(o.inputs).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput)) if (v.bytesInOutput > 200) console.log("  ", v.bytesInOutput, k);
