import { CompiledQuery, type Kysely } from "kysely";
import type { Database, KfdDatabase } from "../database.js";
import { withFileWriteLock } from "./file-write-lock.js";
import { sqliteFileOf } from "./sqlite.js";

/**
 * Runs `work` in a transaction that may write. On SQLite it takes the write lock up front
 * (BEGIN IMMEDIATE): with a plain BEGIN two processes on one file could both read a seat
 * counter before either writes. On PostgreSQL the caller locks the rows it decides on
 * (`lockEvent`: SELECT … FOR UPDATE), which is finer-grained than a database-wide lock.
 *
 * On SQLite, writes that queue up while one transaction runs are committed together (group
 * commit): with `synchronous=FULL` every COMMIT waits for the disk (≈ 1 ms here), which would
 * cap registrations at about a thousand a second. Each work still runs alone and in order,
 * inside its own savepoint, and its promise settles only after the shared COMMIT is on disk.
 *
 * A group starts only after the event loop has read what the sockets hold: better-sqlite3 runs
 * synchronously, so a group started at once would commit each HTTP request alone (measured:
 * groups of exactly one under 50 connections) while the next requests wait unread.
 */
export async function inWriteTransaction<T>(db: KfdDatabase, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  if (db.dialect === "postgres") return db.kysely.transaction().execute(work);
  return new Promise<T>((resolve, reject) => {
    const queue = queueOf(db);
    queue.pending.push({ work, resolve, reject } as PendingWrite);
    if (!queue.draining) {
      queue.draining = true;
      setImmediate(() => void drain(db, queue));
    }
  });
}

/** Bounds how long the first writer of a group waits for the ones queued behind it. */
const MAX_GROUP_SIZE = 64;

interface PendingWrite {
  work: (trx: Kysely<Database>) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

interface WriteQueue {
  pending: PendingWrite[];
  draining: boolean;
}

const queues = new WeakMap<KfdDatabase, WriteQueue>();

function queueOf(db: KfdDatabase): WriteQueue {
  let queue = queues.get(db);
  if (!queue) queues.set(db, (queue = { pending: [], draining: false }));
  return queue;
}

async function drain(db: KfdDatabase, queue: WriteQueue): Promise<void> {
  try {
    while (queue.pending.length > 0) {
      const group = queue.pending.splice(0, MAX_GROUP_SIZE);
      await withFileWriteLock(sqliteFileOf(db), () => commitGroup(db, group)).catch((error: unknown) => {
        for (const write of group) write.reject(error);
      });
      // Requests that arrived during this group are still unread in their sockets.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  } finally {
    queue.draining = false;
  }
}

// Compiled once: these run around every write, and a `sql` template is compiled on each use.
const BEGIN_IMMEDIATE = CompiledQuery.raw("begin immediate");
const SAVEPOINT = CompiledQuery.raw("savepoint kfd_write");
const RELEASE = CompiledQuery.raw("release kfd_write");
const ROLLBACK_TO = CompiledQuery.raw("rollback to kfd_write");
const COMMIT = CompiledQuery.raw("commit");
const ROLLBACK = CompiledQuery.raw("rollback");

type Settled = { write: PendingWrite; ok: true; value: unknown } | { write: PendingWrite; ok: false; error: unknown };

function commitGroup(db: KfdDatabase, group: PendingWrite[]): Promise<void> {
  return db.kysely.connection().execute(async (connection) => {
    await connection.executeQuery(BEGIN_IMMEDIATE);
    const settled: Settled[] = [];
    try {
      for (const write of group) {
        await connection.executeQuery(SAVEPOINT);
        try {
          const value = await write.work(connection);
          await connection.executeQuery(RELEASE);
          settled.push({ write, ok: true, value });
        } catch (error) {
          // Only this work's changes are undone; the others in the group still commit.
          await connection.executeQuery(ROLLBACK_TO);
          await connection.executeQuery(RELEASE);
          settled.push({ write, ok: false, error });
        }
      }
      await connection.executeQuery(COMMIT);
    } catch (error) {
      // After a failed COMMIT the transaction may or may not be open; a rollback error must not hide the cause.
      await connection.executeQuery(ROLLBACK).catch(() => undefined);
      throw error;
    }
    for (const s of settled) {
      if (s.ok) s.write.resolve(s.value);
      else s.write.reject(s.error);
    }
  });
}
