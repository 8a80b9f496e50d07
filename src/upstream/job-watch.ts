import { setTimeout as sleep } from "node:timers/promises";
import type { ManagementClient } from "./client.js";
import type { Job } from "./types.js";

// Watching a job: every watcher of one job id shares one poll of GET /jobs/{id} through the paced
// client (which retries rate limits and outages itself), so a hundred subscribers cost what one
// does. The poll emits the job whenever its status or percentage changes, ends once the job has
// finished, and stops as soon as its last watcher leaves. A failed poll waits twice as long before
// the next (up to `maxIntervalMs`); a refusal (a 4xx, e.g. the job does not exist) ends the watch.

export interface JobWatchOptions {
  intervalMs?: number;
  maxIntervalMs?: number;
}

type Watcher = { push(job: Job): void; fail(error: unknown): void; end(): void };

const FINISHED = new Set(["completed", "failed"]);

class JobPoll {
  readonly watchers = new Set<Watcher>();
  private readonly stop = new AbortController();
  private last: Job | undefined;

  constructor(
    private readonly client: ManagementClient,
    readonly id: string,
    private readonly options: Required<JobWatchOptions>,
    private readonly onDone: () => void,
  ) {}

  add(watcher: Watcher): void {
    this.watchers.add(watcher);
    if (this.last) watcher.push(this.last);
  }

  remove(watcher: Watcher): void {
    this.watchers.delete(watcher);
    if (this.watchers.size === 0) this.halt();
  }

  halt(): void {
    this.stop.abort();
    this.onDone();
  }

  async run(): Promise<void> {
    let delay = this.options.intervalMs;
    const signal = this.stop.signal;
    while (!signal.aborted) {
      try {
        const job = await this.client.getJob(this.id, { signal });
        delay = this.options.intervalMs;
        if (!this.last || job.status !== this.last.status || job.percentage_done !== this.last.percentage_done) {
          this.last = job;
          for (const watcher of this.watchers) watcher.push(job);
        }
        if (FINISHED.has(job.status)) {
          for (const watcher of this.watchers) watcher.end();
          this.halt();
          return;
        }
      } catch (error) {
        if (signal.aborted) return;
        const status = (error as { statusCode?: number }).statusCode ?? 0;
        if (status >= 400 && status < 500 && status !== 429) {
          for (const watcher of this.watchers) watcher.fail(error);
          this.halt();
          return;
        }
        delay = Math.min(delay * 2, this.options.maxIntervalMs);
      }
      await sleep(delay, undefined, { signal }).catch(() => undefined);
    }
  }
}

export class JobWatch {
  private readonly polls = new Map<string, JobPoll>();
  private readonly options: Required<JobWatchOptions>;

  constructor(
    private readonly client: ManagementClient,
    options: JobWatchOptions = {},
  ) {
    this.options = { intervalMs: options.intervalMs ?? 1_000, maxIntervalMs: options.maxIntervalMs ?? 30_000 };
  }

  /** Polls running now (one per job watched). */
  get active(): number {
    return this.polls.size;
  }

  /** The job at each change until it finishes; leaving the loop (or `signal`) stops watching. */
  async *watch(id: string, signal?: AbortSignal): AsyncGenerator<Job> {
    const queue: Job[] = [];
    let ended = false;
    let failure: unknown;
    let wake: (() => void) | undefined;
    const notify = () => {
      wake?.();
      wake = undefined;
    };
    const watcher: Watcher = {
      push: (job) => {
        queue.push(job);
        notify();
      },
      fail: (error) => {
        failure = error;
        ended = true;
        notify();
      },
      end: () => {
        ended = true;
        notify();
      },
    };
    let poll = this.polls.get(id);
    if (!poll) {
      poll = new JobPoll(this.client, id, this.options, () => {
        if (this.polls.get(id) === poll) this.polls.delete(id);
      });
      this.polls.set(id, poll);
      void poll.run();
    }
    poll.add(watcher);
    const onAbort = () => watcher.end();
    signal?.addEventListener("abort", onAbort, { once: true });
    try {
      for (;;) {
        while (queue.length > 0) yield queue.shift()!;
        if (failure !== undefined) throw failure;
        if (ended) return;
        await new Promise<void>((resolve) => (wake = resolve));
      }
    } finally {
      signal?.removeEventListener("abort", onAbort);
      poll.remove(watcher);
    }
  }

  close(): void {
    for (const poll of [...this.polls.values()]) poll.halt();
  }
}
