import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Upload } from "../schema/upload.js";

// Uploads are written to disk as they arrive and read back from there: a request's files never sit
// whole in memory, however many requests upload at once. Each request that carries files gets its own
// directory under the spool directory, removed with everything in it once the request is answered.

/** A file of a multipart request, spooled to disk; past `keepLimit` bytes it is counted, not kept. */
export class SpooledUpload implements Upload {
  constructor(
    readonly name: string,
    readonly type: string,
    readonly size: number,
    private readonly path: string,
    /** False when the file was larger than what the spool keeps: its bytes are gone, only its size is known. */
    readonly complete: boolean,
  ) {}

  stream(): ReadableStream<Uint8Array> {
    if (!this.complete) throw new Error(`The upload ${this.name} is over the size kept (${this.size} bytes); it cannot be read.`);
    return Readable.toWeb(createReadStream(this.path)) as ReadableStream<Uint8Array>;
  }
}

/** One request's spooled files: made on its first file, removed by `discard`. */
export class UploadSpool {
  private dir: Promise<string> | undefined;
  private count = 0;

  constructor(
    private readonly parent: string,
    /** The most bytes kept of one file; the rest is counted and dropped (the largest upload the graph takes). */
    private readonly keepLimit: number,
  ) {}

  /** Writes `source` to disk as it streams in, keeping at most `keepLimit` bytes of it. */
  async spool(source: Readable, name: string, type: string): Promise<SpooledUpload> {
    this.dir ??= mkdtemp(join(this.parent, "usergraph-upload-"));
    let path: string;
    try {
      path = join(await this.dir, String(this.count++));
    } catch (error) {
      // The part must still be read past, or the request's parser waits on it for ever.
      source.resume();
      throw error;
    }
    const file = createWriteStream(path, { flags: "wx", mode: 0o600 });
    let size = 0;
    const keepLimit = this.keepLimit;
    await pipeline(
      source,
      async function* keep(chunks: AsyncIterable<Buffer>) {
        for await (const chunk of chunks) {
          const room = keepLimit - size;
          size += chunk.byteLength;
          if (room > 0) yield room >= chunk.byteLength ? chunk : chunk.subarray(0, room);
        }
      },
      file,
    );
    return new SpooledUpload(name, type, size, path, size <= keepLimit);
  }

  /** Removes the request's files (once it is answered, or its parsing failed). */
  async discard(): Promise<void> {
    const dir = this.dir;
    this.dir = undefined;
    const path = await dir?.catch(() => undefined);
    if (path) await rm(path, { recursive: true, force: true }).catch(() => undefined);
  }
}
