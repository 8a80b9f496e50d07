import { createHash } from "node:crypto";
import { type FileHandle, open, readFile } from "node:fs/promises";
import { ChangeTracker, type Touches, TrackedMap } from "./change-tracking.js";
import { loadSnapshot, removeStaleTempFiles, StateFileError, saveState } from "./persistence.js";
import { type EmulatorState, emptyState } from "./state.js";

// `--data <file>`: the snapshot (persistence.ts) plus an append-only journal beside it
// (`<file>.journal`). Each write request appends one line — the state entries it changed, with their
// new values — and answers only once that line is on disk (fdatasync; concurrent requests share one).
// When the journal outgrows COMPACT_AFTER_BYTES, a new snapshot is written (atomically) and the
// journal emptied. On start: stale temp files are removed, the snapshot is loaded, the journal lines
// it does not include are replayed (a torn last line — a write never acknowledged — is ignored), and
// the result is compacted.
//
// A line: {"seq":n,"changes":[{"field":"users","key":"auth0|1","value":{…}} | {"field":"users",
// "delete":"auth0|1"} | {"field":"bruteForceBlocks","value":[…]}]}

export const COMPACT_AFTER_BYTES = 4 * 1024 * 1024;

export const journalFile = (file: string) => `${file}.journal`;

type Fields = Record<string, unknown>;

const digest = (json: string) => createHash("sha1").update(json).digest("base64");

/** Applies the journal's lines after `afterSeq` to `state`; returns the last seq seen. */
export function replayJournal(bytes: Buffer, state: EmulatorState, afterSeq: number, file = "journal"): number {
  const fields = state as unknown as Fields;
  const text = bytes.toString("utf8");
  const lines = text.split("\n");
  // A line is complete only with its newline: the last piece is torn (or empty).
  const complete = lines.slice(0, -1);
  const torn = lines.at(-1)!;
  let last = afterSeq;
  complete.forEach((line, index) => {
    if (line.trim() === "") return;
    let record: { seq?: unknown; changes?: unknown };
    try {
      record = JSON.parse(line) as typeof record;
    } catch {
      throw new StateFileError(file, `journal line ${index + 1} is not JSON`);
    }
    if (typeof record.seq !== "number" || !Array.isArray(record.changes))
      throw new StateFileError(file, `journal line ${index + 1} is not a journal entry`);
    if (record.seq <= afterSeq) return;
    for (const change of record.changes as Record<string, unknown>[]) {
      const field = change.field;
      if (typeof field !== "string" || !Object.hasOwn(fields, field))
        throw new StateFileError(file, `journal line ${index + 1} names no known field`);
      const target = fields[field];
      if (target instanceof Map) {
        if (typeof change.delete === "string") target.delete(change.delete);
        else if (typeof change.key === "string" && "value" in change) target.set(change.key, change.value);
        else throw new StateFileError(file, `journal line ${index + 1} has a malformed change of ${field}`);
      } else {
        if (!("value" in change)) throw new StateFileError(file, `journal line ${index + 1} has no value for ${field}`);
        fields[field] = change.value;
      }
    }
    last = record.seq;
  });
  void torn; // an unacknowledged write cut off by a kill: dropped
  return last;
}

/** The state of a `--data` file, kept on disk as it changes. */
export class Journal {
  private readonly fields: Fields;
  /** Digest of each Map entry's JSON as last written, by field and key. */
  private readonly written = new Map<string, Map<string, string>>();
  /** JSON of each other field (arrays, scalars) as last written. */
  private readonly writtenWhole = new Map<string, string>();
  private pending: string[] = [];
  private waiters: { resolve: () => void; reject: (error: unknown) => void }[] = [];
  private draining: Promise<void> | undefined;
  private bytes = 0;
  private closed = false;
  private snapshotWanted = false;

  private constructor(
    readonly file: string,
    readonly state: EmulatorState,
    readonly tracker: ChangeTracker,
    private handle: FileHandle,
    private seq: number,
    private readonly compactAfterBytes: number,
  ) {
    this.fields = state as unknown as Fields;
    for (const field of Object.keys(emptyState())) {
      const value = this.fields[field];
      if (value instanceof Map) {
        const digests = new Map<string, string>();
        for (const [key, entry] of value) digests.set(key, digest(JSON.stringify(entry)));
        this.written.set(field, digests);
        this.fields[field] = new TrackedMap(field, tracker, value);
      } else {
        this.writtenWhole.set(field, JSON.stringify(value));
      }
    }
  }

  /**
   * Opens `file` (and its journal): the saved state with the journal replayed, or `initial()` when
   * there is none; writes it as the new snapshot before anything is served.
   */
  static async open(
    file: string,
    initial: () => EmulatorState,
    options: { given?: EmulatorState; compactAfterBytes?: number } = {},
  ): Promise<Journal> {
    const { given } = options;
    await removeStaleTempFiles(file);
    const snapshot = given ? null : await loadSnapshot(file);
    let state = given ?? snapshot?.state ?? initial();
    let seq = snapshot?.journalSeq ?? 0;
    if (snapshot) {
      const bytes = await readFile(journalFile(file)).catch((error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return Buffer.alloc(0);
        throw error;
      });
      seq = replayJournal(bytes, snapshot.state, snapshot.journalSeq, journalFile(file));
      state = snapshot.state;
    }
    await saveState(file, state, seq);
    // Appending (O_APPEND) writes at the end even after the journal is truncated by a compaction.
    const handle = await open(journalFile(file), "a", 0o600);
    await handle.truncate(0);
    return new Journal(file, state, new ChangeTracker(), handle, seq, options.compactAfterBytes ?? COMPACT_AFTER_BYTES);
  }

  /**
   * Runs a write request's handler, then journals what it changed — whether it succeeded or failed
   * halfway — and settles only once that is on disk.
   */
  async record<T>(work: () => T | Promise<T>): Promise<T> {
    const { touches, result } = await this.tracker.run(work);
    await this.commit(touches);
    if (result.status === "rejected") throw result.reason;
    return result.value;
  }

  /** Appends the changes among `touches` and waits until every line appended so far is durable. */
  commit(touches: Touches): Promise<void> {
    const changes = this.tracker.untracked(() => this.changesOf(touches));
    if (changes.length > 0) {
      this.seq += 1;
      this.pending.push(`{"seq":${this.seq},"changes":[${changes.join(",")}]}\n`);
    }
    return new Promise<void>((resolve, reject) => {
      this.waiters.push({ resolve, reject });
      this.draining ??= this.drain();
    });
  }

  /**
   * A route's `ctx.changed()`. Inside a write request the journal already knows what changed; a
   * change made outside one (work that goes on after its answer) is saved with a new snapshot.
   */
  changed(): void {
    if (this.tracker.current() || this.closed) return;
    this.snapshotWanted = true;
    this.waiters.push({ resolve: () => undefined, reject: () => undefined });
    this.draining ??= this.drain();
  }

  private changesOf(touches: Touches): string[] {
    const changes: string[] = [];
    for (const [field, keys] of touches.keys) {
      const map = this.fields[field];
      const digests = this.written.get(field);
      if (!(map instanceof TrackedMap) || !digests) continue;
      const deleted = touches.deleted.get(field);
      for (const key of keys) {
        const quoted = JSON.stringify(key);
        const wasDeleted = deleted?.has(key) === true;
        if (!map.has(key)) {
          if (digests.delete(key) || wasDeleted) changes.push(`{"field":"${field}","delete":${quoted}}`);
          continue;
        }
        const json = JSON.stringify(map.peek(key));
        const hash = digest(json);
        if (!wasDeleted && digests.get(key) === hash) continue;
        if (wasDeleted) changes.push(`{"field":"${field}","delete":${quoted}}`);
        digests.set(key, hash);
        changes.push(`{"field":"${field}","key":${quoted},"value":${json}}`);
      }
    }
    // The arrays and scalars are small: compared whole.
    for (const [field, before] of this.writtenWhole) {
      const json = JSON.stringify(this.fields[field]);
      if (json === before) continue;
      this.writtenWhole.set(field, json);
      changes.push(`{"field":"${field}","value":${json}}`);
    }
    return changes;
  }

  private async drain(): Promise<void> {
    while (this.waiters.length > 0) {
      const lines = this.pending;
      const waiters = this.waiters;
      this.pending = [];
      this.waiters = [];
      try {
        if (lines.length > 0) {
          const bytes = Buffer.from(lines.join(""), "utf8");
          for (let offset = 0; offset < bytes.length; ) offset += (await this.handle.write(bytes, offset)).bytesWritten;
          await this.handle.datasync();
          this.bytes += bytes.length;
        }
        for (const waiter of waiters) waiter.resolve();
        if ((this.snapshotWanted || this.bytes >= this.compactAfterBytes) && !this.closed) await this.compact();
      } catch (error) {
        for (const waiter of waiters) waiter.reject(error);
        process.stderr.write(`emulator: could not write ${journalFile(this.file)}: ${(error as Error).message}\n`);
      }
    }
    this.draining = undefined;
  }

  /** A new snapshot holding every line journaled so far (and any change made since), then an empty journal. */
  private async compact(): Promise<void> {
    // saveState reads the state synchronously: lines numbered up to `seq` are all in it.
    this.snapshotWanted = false;
    await this.tracker.untracked(() => saveState(this.file, this.state, this.seq));
    await this.handle.truncate(0);
    this.bytes = 0;
  }

  /** Waits for the journal, writes a last snapshot and closes the file. */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.draining;
    this.closed = true;
    await this.compact();
    await this.handle.close();
  }
}
