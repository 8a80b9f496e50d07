import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";

// A multipart/form-data body written as it is sent: the text fields, then the file read from its
// own stream. undici's FormData takes only undici's own Blob class, while uploads reach the gateway
// as other Blob implementations (yoga's, from @whatwg-node): encoding the few parts here streams any
// of them without first copying the file into a new Blob.

/** What a file part needs: any Blob-like with a web stream. */
export interface StreamableFile {
  stream(): ReadableStream<Uint8Array>;
  readonly type?: string;
}

export function multipartBody(
  fields: Record<string, string>,
  file: { name: string; filename: string; value: StreamableFile },
): { contentType: string; stream: Readable } {
  const boundary = `----usergraph${randomBytes(16).toString("hex")}`;
  const quote = (text: string) => text.replace(/["\r\n\\]/g, (c) => encodeURIComponent(c));
  async function* parts(): AsyncGenerator<Uint8Array | string> {
    for (const [name, value] of Object.entries(fields)) {
      yield `--${boundary}\r\ncontent-disposition: form-data; name="${quote(name)}"\r\n\r\n${value}\r\n`;
    }
    yield `--${boundary}\r\ncontent-disposition: form-data; name="${quote(file.name)}"; ` +
      `filename="${quote(file.filename)}"\r\ncontent-type: ${file.value.type || "application/octet-stream"}\r\n\r\n`;
    const reader = file.value.stream().getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        yield value;
      }
    } finally {
      reader.releaseLock();
    }
    yield `\r\n--${boundary}--\r\n`;
  }
  return { contentType: `multipart/form-data; boundary=${boundary}`, stream: Readable.from(parts()) };
}
