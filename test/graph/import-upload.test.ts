import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ResultOf } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../gql/index.js";
import { startTestGateway, type TestGateway } from "../support/gateway.js";
import { LogCapture } from "../support/log-capture.js";

// The import upload is read as a stream: written to disk (UPLOAD_DIR) as its bytes arrive, checked
// and sent to the tenant from there, and removed once the request is answered.

const IMPORT = graphql(`
  mutation ImportUploadUsers($input: ImportUsersInput!) {
    importUsers(input: $input) {
      job {
        id
        status
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
type ImportAnswer = { data?: ResultOf<typeof IMPORT>; errors?: { message: string; extensions?: { code?: string } }[] };

let t: TestGateway;
let uploadDir: string;
let connectionId: string;

beforeAll(async () => {
  uploadDir = mkdtempSync(join(tmpdir(), "usergraph-upload-test-"));
  // Listening: these requests stream their bodies over a real socket.
  t = await startTestGateway({
    emulator: { users: 10, seed: 7, jobs: { usersPerSecond: 2000, startDelayMs: 20 } },
    env: { UPLOAD_DIR: uploadDir },
    listen: true,
  });
  connectionId = t.emulator.state.connections.find((c) => c.strategy === "auth0" && !c.requires_username)!.id;
});
afterAll(async () => {
  await t.close();
  rmSync(uploadDir, { recursive: true, force: true });
});

/** The spooled files under UPLOAD_DIR, with their sizes. */
function spooled(): { path: string; size: number }[] {
  return readdirSync(uploadDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path, size: statSync(path).size };
    });
}
const spoolDirs = () => readdirSync(uploadDir);

const BOUNDARY = `----test${randomBytes(8).toString("hex")}`;
const field = (name: string, value: string) => `--${BOUNDARY}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
const fileHead = (name: string) =>
  `--${BOUNDARY}\r\ncontent-disposition: form-data; name="${name}"; filename="users.json"\r\ncontent-type: application/json\r\n\r\n`;
const END = `\r\n--${BOUNDARY}--\r\n`;
const operations = (input: Record<string, unknown> = { connectionId }) =>
  JSON.stringify({ query: print(IMPORT), variables: { input: { ...input, file: null } } });
const MAP = JSON.stringify({ 0: ["variables.input.file"] });

/** POSTs a multipart body given as parts, chunked (no Content-Length) so that it streams. */
async function post(parts: (string | Uint8Array)[]): Promise<{ status: number; body: ImportAnswer }> {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const part of parts) controller.enqueue(typeof part === "string" ? new TextEncoder().encode(part) : part);
      controller.close();
    },
  });
  return send(body);
}

async function send(body: ReadableStream<Uint8Array>, signal?: AbortSignal) {
  const response = await fetch(`${t.url}/graphql`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${await t.token()}`,
      "x-graphql-csrf": "1",
      "content-type": `multipart/form-data; boundary=${BOUNDARY}`,
    },
    body,
    duplex: "half",
    ...(signal ? { signal } : {}),
  } as RequestInit);
  return { status: response.status, body: (await response.json()) as ImportAnswer };
}

const users = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => ({ email: `${prefix}${i}@example.org`, user_id: `${prefix}-${i}`, name: "x".repeat(200) }));

describe("the import upload", () => {
  it("is written to disk as its bytes arrive, sent to the tenant from there, and removed once answered", async () => {
    t.resetCalls();
    const file = new TextEncoder().encode(JSON.stringify(users(800, "streamed")));
    expect(file.byteLength).toBeGreaterThan(200_000);
    const half = Math.floor(file.byteLength / 2);
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        controller = c;
        controller.enqueue(new TextEncoder().encode(field("operations", operations()) + field("map", MAP) + fileHead("0")));
        controller.enqueue(file.subarray(0, half));
      },
    });
    const answer = send(body);
    // The first half is on disk while the rest has not been sent: the parser does not wait for the end.
    await expect.poll(() => spooled().map((f) => f.size), { timeout: 10_000, interval: 5 }).toEqual([half]);
    expect(t.upstreamTotal()).toBe(0);
    controller.enqueue(file.subarray(half));
    controller.enqueue(new TextEncoder().encode(END));
    controller.close();
    const res = await answer;
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.importUsers.userErrors).toEqual([]);
    expect(t.upstreamCalls()).toEqual({ "POST /api/v2/jobs/users-imports": 1 });
    // The tenant received the whole file: every user is imported.
    const id = res.body.data!.importUsers.job!.id;
    await expect
      .poll(async () => (await t.rest<{ status: string; summary?: { inserted: number } }>("GET", `/jobs/${id}`)).body, {
        timeout: 20_000,
        interval: 30,
      })
      .toMatchObject({ status: "completed", summary: { inserted: 800 } });
    expect(spoolDirs()).toEqual([]);
  });

  it("keeps at most 512000 bytes of a larger file, refuses it by its counted size, and removes it", async () => {
    t.resetCalls();
    const big = new TextEncoder().encode(JSON.stringify(users(3000, "big")));
    expect(big.byteLength).toBeGreaterThan(600_000);
    const res = await post([field("operations", operations()), field("map", MAP), fileHead("0"), big, END]);
    expect(res.body.data!.importUsers.userErrors).toEqual([
      {
        field: ["input", "file"],
        code: "INVALID_INPUT",
        message: `The users file is ${big.byteLength} bytes; Auth0 takes at most 512000.`,
      },
    ]);
    expect(t.upstreamTotal()).toBe(0);
    expect(spoolDirs()).toEqual([]);
  });

  it("names the first problem's place in the file, reading no further than it", async () => {
    t.resetCalls();
    const BAD_TOKEN = '[{"email":"a@example.org"}, {"email": x}]';
    const cases: [string, string[], RegExp][] = [
      ["[{", ["input", "file", "0"], /not valid JSON in user 0 \(the file stops inside it\)/],
      ['[{"email":"a@example.org"}, {"email": ]', ["input", "file", "1"], /not valid JSON in user 1: it must be/],
      [BAD_TOKEN, ["input", "file", "1"], new RegExp(`not valid JSON in user 1 \\(at byte offset ${BAD_TOKEN.indexOf(" x}") + 1}\\)`)],
      ['[{"email":"a@example.org"}] [', ["input", "file"], /not valid JSON after its array/],
      ['{"email":"a@example.org"}', ["input", "file"], /must be a JSON array of users/],
      ['  "users"', ["input", "file"], /must be a JSON array of users/],
      ['[{"email":"a@example.org"}, {"email":"b@example.org","blocked":"yes"}, {', ["input", "file", "1", "blocked"], /at 1\.blocked/],
    ];
    for (const [text, path, message] of cases) {
      const res = await post([field("operations", operations()), field("map", MAP), fileHead("0"), text, END]);
      expect(res.body.data!.importUsers.userErrors, text).toEqual([
        { field: path, code: "INVALID_INPUT", message: expect.stringMatching(message) },
      ]);
    }
    expect(t.upstreamTotal()).toBe(0);
    expect(spoolDirs()).toEqual([]);
  });

  it("refuses a request that breaks the multipart request spec with 400 BAD_REQUEST, keeping nothing", async () => {
    t.resetCalls();
    const file = JSON.stringify(users(1, "spec"));
    const cases: [string, (string | Uint8Array)[], RegExp][] = [
      ["no operations", [field("map", MAP), fileHead("0"), file, END], /"map" must follow "operations"/],
      ["a file before the map", [field("operations", operations()), fileHead("0"), file, END], /must follow its "map"/],
      ["operations not JSON", [field("operations", "{"), field("map", MAP), END], /"operations" must be a valid JSON string/],
      ["map not JSON", [field("operations", operations()), field("map", "["), END], /"map" must be a valid JSON string/],
      [
        "a map path outside the variables",
        [field("operations", operations()), field("map", JSON.stringify({ 0: ["query"] })), fileHead("0"), file, END],
        /does not lead into an operation's variables/,
      ],
      [
        "a map path through __proto__",
        [field("operations", operations()), field("map", JSON.stringify({ 0: ["variables.__proto__.x"] })), fileHead("0"), file, END],
        /does not lead into an operation's variables/,
      ],
      [
        "a file the map names but the request lacks",
        [field("operations", operations()), field("map", MAP), END],
        /lacks the file its map names: 0/,
      ],
      [
        "a body cut short",
        [field("operations", operations()), field("map", MAP), fileHead("0"), file.slice(0, 20)],
        /invalid multipart data/,
      ],
    ];
    for (const [name, parts, message] of cases) {
      const res = await post(parts);
      expect(res.status, name).toBe(400);
      expect(res.body.errors?.[0], name).toMatchObject({ extensions: { code: "BAD_REQUEST" }, message: expect.stringMatching(message) });
    }
    expect(t.upstreamTotal()).toBe(0);
    expect(spoolDirs()).toEqual([]);
  });

  it("ignores parts the map does not name, and removes what it spooled when the caller goes away mid-upload", async () => {
    t.resetCalls();
    const file = JSON.stringify(users(2, "extra"));
    const ok = await post([
      field("operations", operations()),
      field("map", MAP),
      fileHead("0"),
      file,
      "\r\n",
      fileHead("1"),
      "ignored",
      END,
    ]);
    expect(ok.body.data!.importUsers.userErrors).toEqual([]);
    expect(spoolDirs()).toEqual([]);

    const abort = new AbortController();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(
          new TextEncoder().encode(field("operations", operations()) + field("map", MAP) + fileHead("0") + file.slice(0, 30)),
        );
      },
    });
    const cut = send(body, abort.signal).catch((error: Error) => error);
    await expect.poll(() => spooled().length, { timeout: 10_000, interval: 5 }).toBe(1);
    abort.abort();
    expect(await cut).toBeInstanceOf(Error);
    await expect.poll(() => spoolDirs(), { timeout: 10_000, interval: 10 }).toEqual([]);
    expect(t.upstreamCalls()).toEqual({ "POST /api/v2/jobs/users-imports": 1 });
  });
});

describe("an upload the gateway cannot store", () => {
  it("is answered 503 UPLOAD_NOT_STORED (the request read to its end, nothing sent upstream) when UPLOAD_DIR is not writable", async () => {
    const missing = join(uploadDir, "no-such-directory");
    const log = new LogCapture();
    const other = await startTestGateway({
      emulator: { users: 2, seed: 1 },
      env: { UPLOAD_DIR: missing },
      logger: pino({ level: "info" }, log),
    });
    try {
      const form = new FormData();
      form.set("operations", operations());
      form.set("map", MAP);
      form.set("0", new Blob([JSON.stringify(users(2, "nowhere"))]), "users.json");
      const response = await other.fetch("/graphql", {
        method: "POST",
        headers: { authorization: `Bearer ${await other.token()}`, "x-graphql-csrf": "1" },
        body: form,
      });
      expect(response.status).toBe(503);
      const body = (await response.json()) as ImportAnswer;
      expect(body.errors?.[0]).toMatchObject({
        message: "The gateway could not store the upload; try again.",
        extensions: { code: "UPLOAD_NOT_STORED" },
      });
      expect(JSON.stringify(body)).not.toContain(missing);
      expect(other.upstreamTotal()).toBe(0);
      // The operator learns why.
      const stored = log.records().filter((line) => line.msg === "an upload could not be stored");
      expect(stored.map((line) => (line.err as { code?: string } | undefined)?.code)).toEqual(["ENOENT"]);
    } finally {
      await other.close();
    }
  });
});
