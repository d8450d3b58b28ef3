import { createHash } from "node:crypto";

export interface CachedRead {
  body: string;
  etag: string;
}

interface Entry extends CachedRead {
  /** The dialogue this read depends on; lists and the map depend on every dialogue. */
  dialogueId: string | "*";
  expiresAt: number;
}

export interface Loaded {
  body: string;
  dialogueId: string | "*";
}

/**
 * The public read model: serialised JSON of Steckbrief, dialogue, list and map reads, kept for
 * `ttlMs`. Writes in this process invalidate the affected entries at once; writes of other
 * processes on the same database become visible when the entry expires, i.e. within `ttlMs`.
 */
export class ReadCache {
  private readonly entries = new Map<string, Entry>();
  private readonly loading = new Map<string, Promise<CachedRead | undefined>>();
  /** Bumped by every invalidation, so a load that raced a write never stores its stale answer. */
  private generation = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** A fresh entry, or nothing: never loads. */
  peek(key: string): CachedRead | undefined {
    const hit = this.entries.get(key);
    return hit && hit.expiresAt > this.clock() ? hit : undefined;
  }

  async read(key: string, load: () => Promise<Loaded | undefined>): Promise<CachedRead | undefined> {
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > this.clock()) return hit;
    const pending = this.loading.get(key);
    if (pending) return pending;
    const started = this.generation;
    const promise: Promise<CachedRead | undefined> = load()
      .then((loaded) => {
        if (!loaded) return undefined;
        const entry: Entry = { body: loaded.body, etag: etagOf(loaded.body), dialogueId: loaded.dialogueId, expiresAt: this.clock() + this.ttlMs };
        if (this.ttlMs > 0 && started === this.generation) this.entries.set(key, entry);
        return entry;
      })
      .finally(() => {
        if (this.loading.get(key) === promise) this.loading.delete(key);
      });
    this.loading.set(key, promise);
    return promise;
  }

  /** Drops every read of this dialogue and every read spanning all dialogues (lists, map). */
  invalidateDialogue(dialogueId: string): void {
    this.generation += 1;
    for (const [key, entry] of this.entries) {
      if (entry.dialogueId === dialogueId || entry.dialogueId === "*") this.entries.delete(key);
    }
    this.loading.clear();
  }

  clear(): void {
    this.generation += 1;
    this.entries.clear();
    this.loading.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

export function etagOf(body: string): string {
  return `"${createHash("sha1").update(body).digest("base64url")}"`;
}
