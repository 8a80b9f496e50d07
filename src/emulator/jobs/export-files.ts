import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";

// The files of finished users exports, by job id. They stay out of the tenant state (a 100,000-user
// export is tens of megabytes, too large to journal as JSON): in memory, or with `--data` in a
// directory beside the data file, so a restart keeps them with their jobs.

export interface ExportFiles {
  put(jobId: string, contents: Buffer): Promise<void>;
  /** The file, or undefined when there is none (any more). */
  read(jobId: string): Promise<Buffer | undefined>;
  delete(jobId: string): Promise<void>;
}

export class MemoryExportFiles implements ExportFiles {
  private readonly files = new Map<string, Buffer>();

  async put(jobId: string, contents: Buffer): Promise<void> {
    this.files.set(jobId, contents);
  }

  async read(jobId: string): Promise<Buffer | undefined> {
    return this.files.get(jobId);
  }

  async delete(jobId: string): Promise<void> {
    this.files.delete(jobId);
  }
}

/** `<dir>/<job id>.gz`, each written to a temp file and renamed, so a file is whole or absent. */
export class DiskExportFiles implements ExportFiles {
  constructor(private readonly dir: string) {}

  /** The directory of a data file's exports. */
  static beside(dataFile: string): DiskExportFiles {
    return new DiskExportFiles(`${dataFile}.exports`);
  }

  private path(jobId: string): string {
    if (!/^job_[A-Za-z0-9]+$/.test(jobId)) throw new Error(`not a job id: ${jobId}`);
    return join(this.dir, `${jobId}.gz`);
  }

  async put(jobId: string, contents: Buffer): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const temp = join(this.dir, `.${jobId}.${randomBytes(6).toString("hex")}.tmp`);
    await writeFile(temp, contents, { mode: 0o600, flush: true });
    await rename(temp, this.path(jobId));
  }

  async read(jobId: string): Promise<Buffer | undefined> {
    try {
      return await readFile(this.path(jobId));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    }
  }

  async delete(jobId: string): Promise<void> {
    try {
      await unlink(this.path(jobId));
    } catch {
      // already gone
    }
  }
}
