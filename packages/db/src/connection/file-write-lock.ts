/**
 * better-sqlite3 waits for a busy database synchronously, blocking the event loop. Two handles
 * on one file in one process would therefore deadlock: the waiting handle blocks the thread
 * that the lock holder needs to commit. Write transactions of handles on the same file queue
 * here first, so within a process they take turns; across processes BEGIN IMMEDIATE decides.
 */
const queues = new Map<string, Promise<void>>();

export async function withFileWriteLock<T>(file: string, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(file) ?? Promise.resolve();
  let release!: () => void;
  const mine = previous.then(() => new Promise<void>((resolve) => (release = resolve)));
  queues.set(file, mine);
  await previous;
  try {
    return await work();
  } finally {
    release();
    if (queues.get(file) === mine) queues.delete(file);
  }
}
