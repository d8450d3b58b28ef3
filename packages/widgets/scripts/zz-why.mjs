import { build } from "esbuild";
const r = await build({ absWorkingDir: process.cwd(), entryPoints: [process.argv[2]], bundle: true, format: "esm", minify: true, write: false, metafile: true, outdir: "/tmp/szout", external: ["lit","lit/*","zod/*","@lit/*"] });
for (const [k, v] of Object.entries(r.metafile.inputs)) for (const i of v.imports) if (i.path.includes(process.argv[3])) console.log(k, "->", i.path, i.kind);
