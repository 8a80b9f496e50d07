import { randomBytes } from "node:crypto";
import type { ServerResponse } from "node:http";
import type { JobStatus, JobType, StoredJob } from "../state.js";
import { type ExportFiles, MemoryExportFiles } from "./export-files.js";

// The tenant's long-running jobs (users exports and imports, verification emails). A job's progress
// is a function of time: it is pending for `startDelayMs`, then processes `units` users at
// `usersPerSecond`; its work (writing the export file, applying the import) runs when that time is
// up, and only then is it completed or failed. Finished jobs expire `jobTtlMs` after creation.
// Jobs live in the tenant state (so `--data` keeps them); a change made when a job ends, outside any
// request, is reported through `onChange`. A job's work is code, which no file keeps: a job still
// running when the emulator stopped is failed when it starts again.

export type { JobStatus, JobType };

export interface JobOutcome {
  status: "completed" | "failed";
  statusDetails?: string;
}

export type Job = StoredJob;

export interface JobBoardOptions {
  usersPerSecond?: number;
  startDelayMs?: number;
  linkTtlMs?: number;
  jobTtlMs?: number;
}

/** Where the board keeps its jobs and export files, and whom it tells when a job ends. */
export interface JobStore {
  jobs: Map<string, Job>;
  files?: ExportFiles;
  onChange?: () => void;
}

/** Why a job found unfinished at start failed. */
export const INTERRUPTED = "The emulator stopped before the job finished.";

export const DEFAULT_JOB_USERS_PER_SECOND = 2000;
export const DEFAULT_LINK_TTL_MS = 60_000;
export const DEFAULT_JOB_TTL_MS = 24 * 3_600_000;
/** Where export files are served from, under the emulator's origin. */
export const EXPORTS_PATH = "/__exports/";

export class JobBoard {
  readonly usersPerSecond: number;
  readonly startDelayMs: number;
  readonly linkTtlMs: number;
  readonly jobTtlMs: number;
  readonly files: ExportFiles;
  private readonly jobs: Map<string, Job>;
  private readonly onChange: () => void;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly links = new Map<string, { jobId: string; expiresAt: number }>();

  constructor(options: JobBoardOptions = {}, store: JobStore = { jobs: new Map() }) {
    this.jobs = store.jobs;
    this.files = store.files ?? new MemoryExportFiles();
    this.onChange = store.onChange ?? (() => undefined);
    let interrupted = false;
    for (const job of this.jobs.values()) {
      if (job.status === "completed" || job.status === "failed") continue;
      job.status = "failed";
      job.statusDetails = INTERRUPTED;
      interrupted = true;
    }
    if (interrupted) this.onChange();
    this.usersPerSecond = options.usersPerSecond ?? DEFAULT_JOB_USERS_PER_SECOND;
    this.startDelayMs = options.startDelayMs ?? 100;
    this.linkTtlMs = options.linkTtlMs ?? DEFAULT_LINK_TTL_MS;
    this.jobTtlMs = options.jobTtlMs ?? DEFAULT_JOB_TTL_MS;
  }

  private durationMs(job: Job): number {
    return this.startDelayMs + (job.units / this.usersPerSecond) * 1000;
  }

  /** Starts a job; `work` runs once its time is up and decides how it ends. */
  start(type: JobType, units: number, attributes: Record<string, unknown>, work: (job: Job) => JobOutcome | Promise<JobOutcome>): Job {
    const job: Job = {
      id: `job_${randomBytes(12).toString("base64url").replace(/[-_]/g, "x").slice(0, 16)}`,
      type,
      createdAt: Date.now(),
      attributes,
      units,
      status: "pending",
    };
    this.jobs.set(job.id, job);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void (async () => {
        try {
          const outcome = await work(job);
          job.status = outcome.status;
          if (outcome.statusDetails !== undefined) job.statusDetails = outcome.statusDetails;
        } catch (error) {
          job.status = "failed";
          job.statusDetails = (error as Error).message;
        }
        this.onChange();
      })();
    }, this.durationMs(job));
    this.timers.add(timer);
    return job;
  }

  /** Keeps a finished export's file (before the job is completed). */
  async saveFile(job: Job, file: { name: string; contents: Buffer }): Promise<void> {
    await this.files.put(job.id, file.contents);
    job.file = { name: file.name };
  }

  /** The job, unless unknown or expired. */
  get(id: string, now = Date.now()): Job | undefined {
    const job = this.jobs.get(id);
    if (job && now - job.createdAt >= this.jobTtlMs) {
      this.jobs.delete(id);
      void this.files.delete(id);
      for (const [token, link] of this.links) if (link.jobId === id) this.links.delete(token);
      return undefined;
    }
    return job;
  }

  /** Jobs of a type not finished yet. */
  running(type: JobType): number {
    let count = 0;
    for (const job of this.jobs.values()) if (job.type === type && (job.status === "pending" || job.status === "processing")) count += 1;
    return count;
  }

  /** The job's status and progress as Auth0 reports them now. */
  progress(job: Job, now = Date.now()): { status: JobStatus; percentage_done: number; time_left_seconds: number } {
    if (job.status === "completed" || job.status === "failed") return { status: job.status, percentage_done: 100, time_left_seconds: 0 };
    const elapsed = now - job.createdAt;
    const total = this.durationMs(job);
    const left = Math.max(0, Math.ceil((total - elapsed) / 1000));
    if (elapsed < this.startDelayMs) return { status: "pending", percentage_done: 0, time_left_seconds: left };
    const done = Math.min(99, Math.floor(((elapsed - this.startDelayMs) / Math.max(1, total - this.startDelayMs)) * 100));
    return { status: "processing", percentage_done: done, time_left_seconds: left };
  }

  /** A fresh download link for a finished export, valid for `linkTtlMs`. */
  link(job: Job, origin: string, now = Date.now()): string {
    const token = randomBytes(24).toString("base64url");
    this.links.set(token, { jobId: job.id, expiresAt: now + this.linkTtlMs });
    return `${origin}${EXPORTS_PATH}${token}/${job.file!.name}`;
  }

  /** Serves GET `${EXPORTS_PATH}<token>/<name>`: the file, or 403 once the link has expired (as a signed URL does). */
  async serveDownload(pathname: string, res: ServerResponse, now = Date.now()): Promise<void> {
    const [token = "", name = ""] = pathname.slice(EXPORTS_PATH.length).split("/");
    const link = this.links.get(token);
    const job = link ? this.get(link.jobId, now) : undefined;
    const contents = link && job?.file?.name === name && now < link.expiresAt ? await this.files.read(job.id) : undefined;
    if (!link || !contents) {
      const message = link ? "Request has expired" : "Access Denied";
      const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>${message}</Message></Error>`;
      res.writeHead(403, { "content-type": "application/xml", "content-length": Buffer.byteLength(body).toString() });
      res.end(body);
      return;
    }
    res.writeHead(200, {
      "content-type": "application/gzip",
      "content-length": contents.length.toString(),
      "content-disposition": `attachment; filename="${name}"`,
    });
    res.end(contents);
  }

  close(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
