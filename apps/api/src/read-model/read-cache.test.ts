import { describe, expect, it } from "vitest";
import { ReadCache } from "./read-cache.js";

describe("ReadCache", () => {
  it("serves a load for its lifetime, then loads again", async () => {
    let now = 0;
    let loads = 0;
    const cache = new ReadCache(2000, () => now);
    const load = async () => ({ body: `{"n":${++loads}}`, dialogueId: "d1" });
    expect((await cache.read("k", load))!.body).toBe('{"n":1}');
    now = 1999;
    expect((await cache.read("k", load))!.body).toBe('{"n":1}');
    now = 2000;
    expect((await cache.read("k", load))!.body).toBe('{"n":2}');
  });

  it("shares one load among concurrent readers", async () => {
    let loads = 0;
    const cache = new ReadCache(2000);
    const load = async () => {
      loads += 1;
      await new Promise((r) => setTimeout(r, 10));
      return { body: "{}", dialogueId: "d1" };
    };
    await Promise.all([cache.read("k", load), cache.read("k", load), cache.read("k", load)]);
    expect(loads).toBe(1);
  });

  it("drops a dialogue's reads and all lists on invalidation, keeps other dialogues", async () => {
    const cache = new ReadCache(60_000);
    await cache.read("a", async () => ({ body: "a", dialogueId: "d1" }));
    await cache.read("b", async () => ({ body: "b", dialogueId: "d2" }));
    await cache.read("list", async () => ({ body: "[]", dialogueId: "*" }));
    cache.invalidateDialogue("d1");
    expect(cache.size).toBe(1);
    expect((await cache.read("b", async () => ({ body: "fresh", dialogueId: "d2" })))!.body).toBe("b");
  });

  it("never stores a load that raced a write", async () => {
    const cache = new ReadCache(60_000);
    let release!: () => void;
    const slow = cache.read("k", () => new Promise((r) => (release = () => r({ body: "stale", dialogueId: "d1" }))));
    cache.invalidateDialogue("d1");
    release();
    expect((await slow)!.body).toBe("stale");
    expect((await cache.read("k", async () => ({ body: "fresh", dialogueId: "d1" })))!.body).toBe("fresh");
  });

  it("keeps nothing with a lifetime of 0", async () => {
    const cache = new ReadCache(0);
    await cache.read("k", async () => ({ body: "x", dialogueId: "d1" }));
    expect(cache.size).toBe(0);
  });

  it("gives equal bodies equal ETags and different bodies different ones", async () => {
    const cache = new ReadCache(0);
    const a = await cache.read("a", async () => ({ body: "same", dialogueId: "d" }));
    const b = await cache.read("b", async () => ({ body: "same", dialogueId: "d" }));
    const c = await cache.read("c", async () => ({ body: "other", dialogueId: "d" }));
    expect(a!.etag).toBe(b!.etag);
    expect(a!.etag).not.toBe(c!.etag);
  });
});
