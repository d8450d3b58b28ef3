import { describe, expect, it } from "vitest";
import { withFileWriteLock } from "./file-write-lock.js";

describe("withFileWriteLock", () => {
  it("runs work on one file strictly one after another, in the order it was queued", async () => {
    const log: string[] = [];
    const task = (name: string) => async () => {
      log.push(`${name} start`);
      await new Promise((resolve) => setTimeout(resolve, 5));
      log.push(`${name} end`);
      return name;
    };
    const results = await Promise.all([withFileWriteLock("/a", task("1")), withFileWriteLock("/a", task("2")), withFileWriteLock("/a", task("3"))]);
    expect(results).toEqual(["1", "2", "3"]);
    expect(log).toEqual(["1 start", "1 end", "2 start", "2 end", "3 start", "3 end"]);
  });

  it("lets a failed task release the lock", async () => {
    await expect(withFileWriteLock("/b", async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await withFileWriteLock("/b", async () => "next")).toBe("next");
  });

  it("does not make different files wait for each other", async () => {
    const log: string[] = [];
    let releaseFirst!: () => void;
    const first = withFileWriteLock("/c", () => new Promise<void>((resolve) => (releaseFirst = resolve)).then(() => log.push("c")));
    await withFileWriteLock("/d", async () => log.push("d"));
    releaseFirst();
    await first;
    expect(log).toEqual(["d", "c"]);
  });
});
