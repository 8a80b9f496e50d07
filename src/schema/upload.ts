/**
 * What the `File` scalar holds: a file of a GraphQL multipart request, as the gateway's request
 * parser spooled it (src/server/upload-spool.ts). Its bytes are read by streaming, never whole.
 */
export interface Upload {
  readonly name: string;
  readonly type: string;
  /** Its size in bytes, counted as it arrived, even past what was kept. */
  readonly size: number;
  /** False when it was larger than the largest upload the graph takes: only its size is known. */
  readonly complete: boolean;
  stream(): ReadableStream<Uint8Array>;
}

/** Whether a `File` argument holds an upload (a JSON request can only put some other value there). */
export function isUpload(value: unknown): value is Upload {
  const upload = value as Partial<Upload> | null;
  return typeof upload === "object" && upload !== null && typeof upload.size === "number" && typeof upload.stream === "function";
}
