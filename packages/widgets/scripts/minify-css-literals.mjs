// An esbuild plugin: esbuild minifies the code around Lit's css`…` but not the stylesheet in
// it. This one minifies the CSS of every plain literal (no ${…}, no escapes) in the styles
// files, with esbuild's own CSS minifier, saving every widget a few hundred bytes gzipped.
import { transform } from "esbuild";
import { readFile } from "node:fs/promises";

const literal = /\bcss`([^`$\\]*)`/g;

export const minifyCssLiterals = {
  name: "minify-css-literals",
  setup(b) {
    b.onLoad({ filter: /[/\\]src[/\\].*styles\.ts$/ }, async (args) => {
      const code = await readFile(args.path, "utf8");
      let minified = "";
      let last = 0;
      for (const match of code.matchAll(literal)) {
        const css = (await transform(match[1], { loader: "css", minify: true })).code.trim();
        minified += `${code.slice(last, match.index)}css\`${css}\``;
        last = match.index + match[0].length;
      }
      return { contents: minified + code.slice(last), loader: "ts" };
    });
  },
};
