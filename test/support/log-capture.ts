import { Writable } from "node:stream";
import type { DestinationStream } from "pino";

/** One JSON log line: pino's fields, and whatever the line carries. */
export interface LogRecord {
  level?: string | number;
  msg?: string;
  [field: string]: unknown;
}

/** A log destination (a real stream: pino-pretty pipes into it) that keeps every line written to it. */
export class LogCapture extends Writable implements DestinationStream {
  private readonly chunks: string[] = [];
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.chunks.push(chunk.toString());
    done();
  }
  text(): string {
    return this.chunks.join("");
  }
  /** The JSON lines, parsed. */
  records(): LogRecord[] {
    return this.text()
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line) as LogRecord);
  }
}
