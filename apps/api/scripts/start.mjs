// `pnpm start` shows the demo: KFD_DEMO defaults to 1 here (and only here), so a plain
// `node dist/server.js` in production never loads demo data by accident.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const server = fileURLToPath(new URL("../dist/server.js", import.meta.url));
const child = spawn(process.execPath, ["--enable-source-maps", server], {
  stdio: "inherit",
  env: { ...process.env, KFD_DEMO: process.env.KFD_DEMO ?? "1" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
