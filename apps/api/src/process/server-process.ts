import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
// @ts-expect-error -- a plain .mjs build script without type declarations
import { buildServer } from "../../scripts/build-server.mjs";

const apiRoot = fileURLToPath(new URL("../../", import.meta.url));

/** Bundles the real server for one test file (its own file, so parallel test files never clash). */
export async function buildServerFor(name: string): Promise<string> {
  const outfile = `node_modules/.cache/kfd-api/server-${name}.mjs`;
  await (buildServer as (outfile: string) => Promise<string>)(outfile);
  return `${apiRoot}${outfile}`;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  /** kill -9: no shutdown handler runs, no buffer is flushed. */
  crash(): Promise<void>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts the bundled server as its own process and waits until it listens. */
export async function startServer(script: string, env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, KFD_LOG: "0", KFD_DEMO: "0", ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start within 20 s:\n${output}`)), 20_000);
    const check = () => {
      if (output.includes("listening on")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    output: () => output,
    crash: async () => {
      child.kill("SIGKILL");
      await exited;
    },
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
