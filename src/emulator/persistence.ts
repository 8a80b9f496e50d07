import { randomBytes } from "node:crypto";
import { open, readdir, readFile, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { emptyState, type EmulatorState } from "./state.js";

// The `--data` file: the tenant state as JSON Lines, so a 100,000-user tenant never needs one
// string longer than V8 allows. Line 1 is the header; then one line per scalar field
// (`{"field","value"}`), per array item (`{"field","item"}`) and per Map entry (`{"field","entry":[k,v]}`);
// the last line is a trailer with the line count, so a truncated file is detected.
// Writes are atomic: a temp file in the same directory, fsynced, then renamed over the target.
// The header also says up to which line of the journal (journal.ts) the snapshot includes.

const FORMAT = "usergraph-emulator-state";
const VERSION = 1;
/** Lines per write. */
const LINES_PER_CHUNK = 1000;

export class StateFileError extends Error {
  constructor(file: string, reason: string) {
    super(`${file} is not a usable emulator data file: ${reason}`);
    this.name = "StateFileError";
  }
}

/**
 * The state as chunks of JSON Lines, taken synchronously so the snapshot is consistent even when
 * requests change the state while the chunks are being written.
 */
export function serializeState(state: EmulatorState, journalSeq = 0): string[] {
  const chunks: string[] = [];
  let pending: string[] = [];
  let lines = 0;
  const line = (value: unknown) => {
    pending.push(JSON.stringify(value));
    lines += 1;
    if (pending.length >= LINES_PER_CHUNK) {
      chunks.push(`${pending.join("\n")}\n`);
      pending = [];
    }
  };
  line({ format: FORMAT, version: VERSION, ...(journalSeq > 0 ? { journalSeq } : {}) });
  const fields = state as unknown as Record<string, unknown>;
  for (const field of Object.keys(emptyState())) {
    const value = fields[field];
    if (value instanceof Map) for (const entry of value) line({ field, entry });
    else if (Array.isArray(value)) for (const item of value) line({ field, item });
    else line({ field, value });
  }
  line({ end: true, lines: lines + 1 });
  if (pending.length > 0) chunks.push(`${pending.join("\n")}\n`);
  return chunks;
}

/** Rebuilds the state from the file's bytes; throws StateFileError when they are not one. */
export function deserializeState(bytes: Buffer, file = "state"): EmulatorState {
  return deserializeSnapshot(bytes, file).state;
}

/** The state and the last journal line it includes. */
export interface Snapshot {
  state: EmulatorState;
  journalSeq: number;
}

export function deserializeSnapshot(bytes: Buffer, file = "state"): Snapshot {
  const fail = (reason: string): never => {
    throw new StateFileError(file, reason);
  };
  const state = emptyState();
  const fields = state as unknown as Record<string, unknown>;
  let count = 0;
  let ended = false;
  let journalSeq = 0;
  for (let start = 0; start < bytes.length; ) {
    let end = bytes.indexOf(10, start);
    if (end < 0) end = bytes.length;
    const text = bytes.toString("utf8", start, end);
    start = end + 1;
    if (text.trim() === "") continue;
    count += 1;
    if (ended) fail(`line ${count} follows the end marker`);
    let record: Record<string, unknown>;
    try {
      record = JSON.parse(text) as Record<string, unknown>;
    } catch (error) {
      return fail(`line ${count} is not JSON (${(error as Error).message})`);
    }
    if (!record || typeof record !== "object" || Array.isArray(record)) fail(`line ${count} is not a JSON object`);
    if (count === 1) {
      if (record.format !== FORMAT) fail(`it does not start with the "${FORMAT}" header`);
      if (record.version !== VERSION) fail(`version ${String(record.version)} is not supported (expected ${VERSION})`);
      if (record.journalSeq !== undefined && !(Number.isSafeInteger(record.journalSeq) && (record.journalSeq as number) >= 0))
        fail("its journalSeq is not a count");
      journalSeq = (record.journalSeq as number | undefined) ?? 0;
      continue;
    }
    if (record.end === true) {
      if (record.lines !== count) fail(`the end marker counts ${String(record.lines)} lines but the file has ${count}`);
      ended = true;
      continue;
    }
    const field = record.field;
    if (typeof field !== "string" || !Object.hasOwn(fields, field)) fail(`line ${count} names no known field`);
    const target = fields[field as string];
    if (target instanceof Map) {
      const entry = record.entry;
      if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== "string")
        fail(`line ${count} is not a [key, value] entry of ${String(field)}`);
      target.set((entry as [string, unknown])[0], (entry as [string, unknown])[1]);
    } else if (Array.isArray(target)) {
      if (!("item" in record)) fail(`line ${count} has no item for ${String(field)}`);
      target.push(record.item);
    } else {
      if (typeof record.value !== typeof target) fail(`line ${count}: ${String(field)} is not a ${typeof target}`);
      fields[field as string] = record.value;
    }
  }
  if (count === 0) fail("it is empty");
  if (!ended) fail("it ends before its end marker (truncated?)");
  for (const [id, user] of state.users) {
    if (!user || typeof user !== "object" || user.user_id !== id || !Array.isArray(user.identities)) {
      fail(`user ${JSON.stringify(id)} is malformed`);
    }
  }
  return { state, journalSeq };
}

/** The state saved in `file`, or null when there is no such file; a corrupt file throws StateFileError. */
export async function loadState(file: string): Promise<EmulatorState | null> {
  return (await loadSnapshot(file))?.state ?? null;
}

export async function loadSnapshot(file: string): Promise<Snapshot | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  return deserializeSnapshot(bytes, file);
}

const tempPrefix = (file: string) => `.${basename(file)}.`;

/**
 * Writes the state to `file` atomically. The state is read synchronously when this is called, so
 * later changes are not in this snapshot; `journalSeq` says which journal lines it includes.
 */
export async function saveState(file: string, state: EmulatorState, journalSeq = 0): Promise<void> {
  const chunks = serializeState(state, journalSeq);
  const temp = join(dirname(file), `${tempPrefix(file)}${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  const handle = await open(temp, "w", 0o600);
  try {
    try {
      for (const chunk of chunks) {
        const bytes = Buffer.from(chunk, "utf8");
        for (let offset = 0; offset < bytes.length; ) offset += (await handle.write(bytes, offset)).bytesWritten;
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** Removes temp files a killed process left beside `file` (a write that never reached its rename). */
export async function removeStaleTempFiles(file: string): Promise<string[]> {
  const prefix = tempPrefix(file);
  let names: string[];
  try {
    names = await readdir(dirname(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const stale = names.filter((name) => name.startsWith(prefix) && name.endsWith(".tmp"));
  await Promise.all(stale.map((name) => unlink(join(dirname(file), name)).catch(() => undefined)));
  return stale;
}
