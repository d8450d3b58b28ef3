import { runJobs, type JobDeps, type JobsRun } from "./run-jobs.js";

export interface Scheduler {
  /** Runs one round now (waiting for a round in progress first). */
  runNow(): Promise<JobsRun>;
  /** Stops the timer and waits for a round in progress. */
  stop(): Promise<void>;
}

/**
 * Runs the jobs every `intervalMs` inside the server process. The timer is unref'd so it never
 * keeps the process alive, and rounds never overlap: a slow round delays the next one.
 */
export function startScheduler(deps: JobDeps, intervalMs: number, onError: (error: unknown) => void): Scheduler {
  let running: Promise<JobsRun> | undefined;
  const round = (): Promise<JobsRun> => {
    const current = (running ?? Promise.resolve()).catch(() => undefined).then(() => runJobs(deps));
    running = current;
    return current.finally(() => {
      if (running === current) running = undefined;
    });
  };
  const timer = setInterval(() => {
    if (running) return;
    round().catch(onError);
  }, intervalMs);
  timer.unref();
  return {
    runNow: round,
    async stop() {
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
