import { describe, expect, it } from "vitest";
import { bufferedLog } from "./buffered-log.js";

describe("bufferedLog", () => {
  it("writes lines in one batch, in order", async () => {
    const chunks: string[] = [];
    const log = bufferedLog((c) => chunks.push(c), 5);
    log.line("GET / 200 1.0ms");
    log.line("POST /v1/x 201 2.0ms");
    expect(chunks).toEqual([]);
    await new Promise((r) => setTimeout(r, 20));
    expect(chunks).toEqual(["GET / 200 1.0ms\nPOST /v1/x 201 2.0ms\n"]);
  });
  it("flushes at once when asked or when the buffer is full", () => {
    const chunks: string[] = [];
    const log = bufferedLog((c) => chunks.push(c), 1000, 10);
    log.line("0123456789");
    expect(chunks).toEqual(["0123456789\n"]);
    log.line("a");
    log.flush();
    expect(chunks).toEqual(["0123456789\n", "a\n"]);
  });
});
