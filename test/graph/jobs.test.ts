import { gunzipSync } from "node:zlib";
import type { ResultOf } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { createClient } from "graphql-sse";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultSecurityConfig } from "../../src/config.js";
import { graphql } from "../gql/index.js";
import { startTestGateway, type TestGateway } from "../support/gateway.js";
import { LogCapture } from "../support/log-capture.js";

const JOB = graphql(`query JobsJob($id: ID!) { job(id: $id) { __typename id status percentageDone timeLeftSeconds connectionId
  ... on UsersExportJob { format limit fields { name exportAs } location }
  ... on UsersImportJob { summary { inserted updated failed total } } } }`);
const EXPORT = graphql(`
  mutation JobsExportUsersJob($input: ExportUsersInput!) {
    exportUsers(input: $input) {
      job {
        id
        status
        format
        limit
        fields {
          name
          exportAs
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const EXPORTED = graphql(`
    query JobsJob2($id: ID!, $first: Int, $after: String) {
      job(id: $id) {
        __typename
        ... on UsersExportJob {
          users(first: $first, after: $after) {
            edges {
              cursor
              node {
                id
                email
                createdAt
              }
            }
            pageInfo {
              hasNextPage
              endCursor
            }
          }
        }
      }
    }
  `);
const IMPORT = graphql(`
  mutation JobsImportUsersJob($input: ImportUsersInput!) {
    importUsers(input: $input) {
      job {
        id
        status
        connectionId
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const IMPORT_ERRORS = graphql(`
  query JobsJob3($id: ID!) {
    job(id: $id) {
      __typename
      status
      ... on UsersImportJob {
        summary {
          inserted
          updated
          failed
          total
        }
        errors {
          email
          userId
          errors {
            code
            message
            path
          }
        }
      }
    }
  }
`);

async function finished(t: TestGateway, id: string) {
  await expect
    .poll(async () => (await t.query(JOB, { id })).body.data?.job?.status, { timeout: 20_000, interval: 30 })
    .toMatch(/COMPLETED|FAILED/);
  return (await t.query(JOB, { id })).body.data!.job!;
}

/** The job, asserting it is of kind `typename`, narrowed to the fields only that kind has. */
function ofKind<J extends { __typename: string }, N extends J["__typename"]>(job: J | null | undefined, typename: N) {
  expect(job?.__typename).toBe(typename);
  return job as Extract<J, { __typename: N }>;
}

/** POSTs `importUsers` as a GraphQL multipart request (operations, map, the file). */
async function importUsers(t: TestGateway, file: Blob, input: Record<string, unknown>, options: { scope?: string; csrf?: boolean } = {}) {
  const form = new FormData();
  form.set("operations", JSON.stringify({ query: print(IMPORT), variables: { input: { ...input, file: null } } }));
  form.set("map", JSON.stringify({ 0: ["variables.input.file"] }));
  form.set("0", file, "users.json");
  const headers: Record<string, string> = { authorization: `Bearer ${await t.token(options.scope ? { scope: options.scope } : {})}` };
  if (options.csrf !== false) headers["x-graphql-csrf"] = "1";
  const response = await t.fetch("/graphql", { method: "POST", headers, body: form });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: ResultOf<typeof IMPORT>;
      errors?: { message: string; extensions?: { code?: string } }[];
    },
  };
}

const fileOf = (users: unknown) => new Blob([JSON.stringify(users)], { type: "application/json" });

describe("exports", () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ emulator: { users: 57, seed: 41, jobs: { usersPerSecond: 2000, startDelayMs: 20, linkTtlMs: 500 } } });
  });
  afterAll(() => t.close());

  it("exports JSON with fields and a limit, and walks it to the last page as Users matching the emulator's", async () => {
    const connection = t.emulator.state.connections.find((c) => c.strategy === "auth0" && !c.requires_username)!;
    const fields = [{ name: "user_id" }, { name: "email" }, { name: "created_at" }];
    const created = await t.query(EXPORT, { input: { connectionId: connection.id, format: "JSON", limit: 23, fields } });
    expect(created.body.data!.exportUsers).toMatchObject({
      userErrors: [],
      job: { status: "PENDING", format: "JSON", limit: 23, fields: fields.map((f) => ({ ...f, exportAs: null })) },
    });
    const id = created.body.data!.exportUsers.job!.id;
    const job = await finished(t, id);
    expect(job).toMatchObject({ __typename: "UsersExportJob", status: "COMPLETED", percentageDone: 100, connectionId: connection.id });

    const seen: { id: string; email: string | null; createdAt: string | null }[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      t.resetCalls();
      const page = await t.query(EXPORTED, { id, first: 10, after });
      expect(page.body.errors).toBeUndefined();
      expect(t.upstreamCalls()).toEqual({ "GET /api/v2/jobs/{id}": 2 });
      const users = ofKind(page.body.data!.job, "UsersExportJob").users!;
      seen.push(...users.edges.map((e) => e.node));
      pages += 1;
      if (!users.pageInfo.hasNextPage) break;
      after = users.pageInfo.endCursor as string | null;
    }
    expect(pages).toBe(3);
    const expected = [...t.emulator.state.users.values()].filter((u) => u.identities[0]!.connection === connection.name).slice(0, 23);
    expect(seen).toEqual(expected.map((u) => ({ id: u.user_id, email: u.email, createdAt: u.created_at })));
  });

  it(
    "exports CSV with fields, export_as and a limit, escaped against CSV injection, and walks it as Users " + "matching the emulator's",
    async () => {
      const connection = t.emulator.state.connections.find((c) => c.strategy === "auth0" && !c.requires_username)!;
      const ofConnection = () => [...t.emulator.state.users.values()].filter((u) => u.identities[0]!.connection === connection.name);
      const formula = ofConnection()[4]!;
      const patched = await t.rest("PATCH", `/users/${encodeURIComponent(formula.user_id)}`, {
        given_name: "=1+2",
        name: 'Quote "me"',
        nickname: "'quoted already",
        app_metadata: { plan: "@plan" },
      });
      expect(patched.status).toBe(200);
      const fields = [
        { name: "user_id", exportAs: "id" },
        { name: "email" },
        { name: "given_name" },
        { name: "name" },
        { name: "nickname" },
        { name: "email_verified", exportAs: "verified" },
        { name: "logins_count" },
        { name: "created_at" },
        { name: "app_metadata.plan", exportAs: "plan" },
        { name: "user_metadata.preferences" },
        { name: "identities[0].connection" },
      ];
      const res = await t.query(EXPORT, { input: { connectionId: connection.id, format: "CSV", limit: 23, fields } });
      expect(res.body.data!.exportUsers.userErrors).toEqual([]);
      const job = ofKind(await finished(t, res.body.data!.exportUsers.job!.id), "UsersExportJob");
      expect(job).toMatchObject({ status: "COMPLETED", format: "CSV", limit: 23 });
      const file = gunzipSync(Buffer.from(await (await fetch(job.location!)).arrayBuffer()))
        .toString("utf8")
        .trim()
        .split("\n");
      expect(file[0]).toBe(
        '"id","email","given_name","name","nickname","verified","logins_count","created_at","plan",' +
          '"user_metadata.preferences","identities[0].connection"',
      );
      expect(file).toHaveLength(24);
      expect(file.find((line) => line.startsWith(`"${formula.user_id}"`))).toContain(`"'=1+2","Quote ""me""","'quoted already"`);

      const CSV_USERS = graphql(`
        query JobsJob4($id: ID!, $after: String) {
          job(id: $id) {
            __typename
            ... on UsersExportJob {
              users(first: 10, after: $after) {
                edges {
                  node {
                    id
                    email
                    givenName
                    name
                    nickname
                    emailVerified
                    loginsCount
                    createdAt
                    appMetadata
                    userMetadata
                    identities {
                      connection
                    }
                  }
                }
                pageInfo {
                  hasNextPage
                  endCursor
                }
              }
            }
          }
        }
      `);
      const seen: unknown[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        t.resetCalls();
        const page = await t.query(CSV_USERS, { id: job.id, after });
        expect(page.body.errors).toBeUndefined();
        expect(t.upstreamCalls()).toEqual({ "GET /api/v2/jobs/{id}": 2 });
        const users = ofKind(page.body.data!.job, "UsersExportJob").users!;
        seen.push(...users.edges.map((e) => e.node));
        pages += 1;
        if (!users.pageInfo.hasNextPage) break;
        after = users.pageInfo.endCursor as string | null;
      }
      expect(pages).toBe(3);
      const expected = ofConnection()
        .slice(0, 23)
        .map((u) => ({
          id: u.user_id,
          email: u.email ?? null,
          givenName: u.given_name ?? null,
          name: u.name ?? null,
          nickname: u.nickname ?? null,
          emailVerified: u.email_verified ?? null,
          loginsCount: u.logins_count ?? null,
          createdAt: u.created_at,
          appMetadata: u.app_metadata?.plan === undefined ? null : { plan: u.app_metadata.plan },
          userMetadata: u.user_metadata?.preferences === undefined ? null : { preferences: u.user_metadata.preferences },
          identities: [{ connection: connection.name }],
        }));
      expect(seen).toEqual(expected);
      expect(seen).toContainEqual(
        expect.objectContaining({ id: formula.user_id, givenName: "=1+2", name: 'Quote "me"', appMetadata: { plan: "@plan" } }),
      );
    },
  );

  it("re-reads the job for a fresh link when the one it had has expired", async () => {
    const res = await t.query(EXPORT, { input: { limit: 4 } });
    const job = ofKind(await finished(t, res.body.data!.exportUsers.job!.id), "UsersExportJob");
    await expect.poll(async () => (await fetch(job.location!)).status, { timeout: 10_000, interval: 50 }).toBe(403);
    const again = ofKind((await t.query(JOB, { id: job.id })).body.data!.job, "UsersExportJob");
    expect(again.location).not.toBe(job.location);
    expect((await fetch(again.location!)).status).toBe(200);
    const users = await t.query(EXPORTED, { id: job.id, first: 10 });
    expect(ofKind(users.body.data!.job, "UsersExportJob").users!.edges).toHaveLength(4);
  });

  it("refuses bad input before any call; a users search past the window names exportUsers", async () => {
    t.resetCalls();
    const bad = await t.query(EXPORT, { input: { connectionId: "nope", limit: 0 } });
    expect(bad.body.data!.exportUsers.userErrors.map((e) => e.field)).toEqual([
      ["input", "connectionId"],
      ["input", "limit"],
    ]);
    expect(t.upstreamTotal()).toBe(0);
    const past = await t.query(graphql(`query JobsUsersPastWindow($after: String) { users(first: 20, after: $after) { nodes { id } } }`), {
      after: Buffer.from(JSON.stringify({ k: "o", i: 990 })).toString("base64url"),
    });
    expect(past.body.errors?.[0]?.extensions?.code).toBe("SEARCH_WINDOW_EXCEEDED");
    expect(past.body.errors?.[0]?.message).toContain("exportUsers");
  });

  it("needs read:users to export and to read users; job(id) takes read:users or create:users", async () => {
    const denied = await t.query(EXPORT, { input: {} }, { scope: "create:users" });
    expect(denied.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const id = (await t.query(EXPORT, { input: { limit: 1 } })).body.data!.exportUsers.job!.id;
    expect((await t.query(JOB, { id }, { scope: "create:users" })).body.data!.job!.id).toBe(id);
    const noScope = await t.query(JOB, { id }, { scope: "update:users" });
    expect(noScope.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await t.query(JOB, { id: "job_0000000000000000" })).body.data!.job).toBeNull();
  });
});

describe("imports", () => {
  let t: TestGateway;
  let connection: { id: string; name: string };
  beforeAll(async () => {
    // Listening: the body limit of a multipart upload is an HTTP matter (its Content-Length).
    t = await startTestGateway({ emulator: { users: 30, seed: 42, jobs: { usersPerSecond: 2000, startDelayMs: 20 } }, listen: true });
    connection = t.emulator.state.connections.find((c) => c.strategy === "auth0" && !c.requires_username)!;
  });
  afterAll(() => t.close());

  const existing = () => [...t.emulator.state.users.values()].find((u) => u.identities[0]!.connection === connection.name && u.email)!;

  it(
    "imports good users, skips duplicates and reports malformed ones; the imported users are readable; a " +
      "password hash is never echoed",
    async () => {
      const hash = "$2b$10$abcdefghijklmnopqrstuv1234567890ABCDEFGHIJKLMNOPQRSTU";
      const file = [
        ...Array.from({ length: 5 }, (_, i) => ({ email: `generated${i}@example.org`, user_id: `generated-${i}`, given_name: `Gen${i}` })),
        { email: existing().email, name: "Skipped" },
        { email: "not-an-email", password_hash: hash },
        { email: "generated0@example.org", user_id: "again" },
      ];
      const res = await importUsers(t, fileOf(file), { connectionId: connection.id });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.importUsers.userErrors).toEqual([]);
      const id = res.body.data!.importUsers.job!.id;
      await finished(t, id);
      const read = await t.query(IMPORT_ERRORS, { id });
      expect(ofKind(read.body.data!.job, "UsersImportJob").summary).toEqual({ inserted: 5, updated: 0, failed: 3, total: 8 });
      expect(ofKind(read.body.data!.job, "UsersImportJob").errors).toEqual([
        { email: existing().email, userId: null, errors: [expect.objectContaining({ code: "DUPLICATED_USER" })] },
        { email: "not-an-email", userId: null, errors: [expect.objectContaining({ code: "INVALID_FORMAT", path: "email" })] },
        { email: "generated0@example.org", userId: "again", errors: [expect.objectContaining({ code: "DUPLICATED_USER" })] },
      ]);
      expect(JSON.stringify(read.body)).not.toContain(hash);
      const user = await t.query(graphql(`query JobsUser($id: ID!) { user(id: $id) { id email givenName } }`), { id: "auth0|generated-3" });
      expect(user.body.data!.user).toEqual({ id: "auth0|generated-3", email: "generated3@example.org", givenName: "Gen3" });
    },
  );

  it("updates with upsert, finding the connection by name", async () => {
    t.resetCalls();
    const res = await importUsers(t, fileOf([{ email: existing().email, name: "Upserted" }]), {
      connection: connection.name,
      upsert: true,
    });
    expect(res.body.data!.importUsers.job!.connectionId).toBe(connection.id);
    expect(t.upstreamCalls()).toMatchObject({ "GET /api/v2/connections": 1, "POST /api/v2/jobs/users-imports": 1 });
    const id = res.body.data!.importUsers.job!.id;
    await finished(t, id);
    const read = await t.query(IMPORT_ERRORS, { id });
    expect(read.body.data!.job).toMatchObject({ summary: { inserted: 0, updated: 1, failed: 0, total: 1 }, errors: [] });
    expect(
      (await t.query(graphql(`query JobsUser2($id: ID!) { user(id: $id) { name } }`), { id: existing().user_id })).body.data!.user!.name,
    ).toBe("Upserted");
  });

  it("refuses a 600 KB file, a file that is not a JSON array of users, and a bad connection choice with no upstream call", async () => {
    t.resetCalls();
    const big = new Blob([JSON.stringify([{ email: "big@example.org", user_metadata: { pad: "x".repeat(600_000) } }])]);
    const tooBig = await importUsers(t, big, { connectionId: connection.id });
    expect(tooBig.body.data!.importUsers.userErrors).toEqual([
      { field: ["input", "file"], code: "INVALID_INPUT", message: expect.stringContaining("512000") },
    ]);
    const notArray = await importUsers(t, fileOf({ email: "a@example.org" }), { connectionId: connection.id });
    expect(notArray.body.data!.importUsers.userErrors[0]).toMatchObject({ field: ["input", "file"], code: "INVALID_INPUT" });
    const badUser = await importUsers(t, fileOf([{ email: "a@example.org" }, { email: "b@example.org", blocked: "yes" }]), {
      connectionId: connection.id,
    });
    expect(badUser.body.data!.importUsers.userErrors[0]).toMatchObject({ field: ["input", "file", "1", "blocked"], code: "INVALID_INPUT" });
    const notJson = await importUsers(t, new Blob(["[{"]), { connectionId: connection.id });
    expect(notJson.body.data!.importUsers.userErrors[0]).toMatchObject({ field: ["input", "file", "0"], code: "INVALID_INPUT" });
    const both = await importUsers(t, fileOf([]), { connectionId: connection.id, connection: connection.name });
    expect(both.body.data!.importUsers.userErrors[0]).toMatchObject({ code: "INVALID_INPUT" });
    expect(t.upstreamTotal()).toBe(0);
    const unknown = await importUsers(t, fileOf([{ email: "u@example.org" }]), { connection: "no-such-connection" });
    expect(unknown.body.data!.importUsers.userErrors).toEqual([
      { field: ["input", "connection"], code: "NOT_FOUND", message: expect.any(String) },
    ]);
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/connections": 1 });
  });

  it("holds an upload only up to the request body limit: a larger multipart request is 413 before it is parsed", async () => {
    t.resetCalls();
    const huge = new Blob([
      JSON.stringify([{ email: "huge@example.org", user_metadata: { pad: "x".repeat(defaultSecurityConfig().maxBodyBytes) } }]),
    ]);
    const res = await importUsers(t, huge, { connectionId: connection.id });
    expect(res.status).toBe(413);
    expect(res.body.errors?.[0]?.extensions?.code).toBe("REQUEST_ENTITY_TOO_LARGE");
    expect(res.body.data).toBeUndefined();
    expect(t.upstreamTotal()).toBe(0);
  });

  it("keeps CSRF protection: a multipart request without the CSRF header is refused", async () => {
    t.resetCalls();
    const res = await importUsers(t, fileOf([{ email: "csrf@example.org" }]), { connectionId: connection.id }, { csrf: false });
    expect(res.status).toBe(403);
    expect(t.upstreamTotal()).toBe(0);
  });

  it("needs create:users", async () => {
    const res = await importUsers(t, fileOf([{ email: "scope@example.org" }]), { connectionId: connection.id }, { scope: "read:users" });
    expect(res.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("a third concurrent import", () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ emulator: { users: 5, seed: 43, jobs: { usersPerSecond: 1, startDelayMs: 60_000 } } });
  });
  afterAll(() => t.close());

  it("is answered with the tenant's refusal as a userError", async () => {
    const connectionId = t.emulator.state.connections.find((c) => c.strategy === "auth0" && !c.requires_username)!.id;
    for (const n of [1, 2]) {
      const ok = await importUsers(t, fileOf([{ email: `c${n}@example.org` }]), { connectionId });
      expect(ok.body.data!.importUsers.userErrors).toEqual([]);
    }
    t.resetCalls();
    const third = await importUsers(t, fileOf([{ email: "c3@example.org" }]), { connectionId });
    expect(third.body.data!.importUsers).toEqual({
      job: null,
      userErrors: [{ field: null, code: "UPSTREAM_REJECTED", message: expect.stringContaining("pending import jobs") }],
    });
    expect(t.upstreamCalls()).toEqual({ "POST /api/v2/jobs/users-imports": 1 });
  });
});

describe("jobProgress over Server-Sent Events", () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({
      emulator: { users: 40, seed: 44, jobs: { usersPerSecond: 20, startDelayMs: 1_500 } },
      jobPollIntervalMs: 50,
      listen: true,
    });
  });
  afterAll(() => t.close());

  const PROGRESS = graphql(`subscription JobsJobProgress($id: ID!) {
    jobProgress(id: $id) { __typename id status percentageDone ... on UsersExportJob { location } }
  }`);

  async function sseClient(scope?: string) {
    const token = await t.token(scope ? { scope } : {});
    return createClient({ url: `${t.url}/graphql`, headers: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
  }

  async function collect<T>(iterator: AsyncIterableIterator<T>) {
    const events: T[] = [];
    for await (const event of iterator) events.push(event);
    return events;
  }

  it("streams pending → processing → completed; two subscribers share one poll, which stops with the job", async () => {
    const id = (await t.query(EXPORT, { input: {} })).body.data!.exportUsers.job!.id;
    const a = await sseClient();
    const b = await sseClient("create:users");
    try {
      const first = a.iterate<ResultOf<typeof PROGRESS>>({ query: print(PROGRESS), variables: { id } });
      const second = b.iterate<ResultOf<typeof PROGRESS>>({ query: print(PROGRESS), variables: { id } });
      const [eventsA, eventsB] = await Promise.all([collect(first), collect(second)]);
      for (const events of [eventsA, eventsB]) {
        const jobs = events.map((e) => e.data!.jobProgress);
        expect(events.every((e) => e.errors === undefined)).toBe(true);
        expect(jobs[0]!.status).toBe("PENDING");
        expect(jobs.at(-1)).toMatchObject({
          __typename: "UsersExportJob",
          status: "COMPLETED",
          percentageDone: 100,
          location: expect.stringContaining("/__exports/"),
        });
        expect(jobs.some((j) => j.status === "PROCESSING")).toBe(true);
        const percentages = jobs.map((j) => j.percentageDone);
        expect(percentages).toEqual([...percentages].sort((x, y) => x! - y!));
      }
      expect(eventsB.map((e) => e.data!.jobProgress.status).at(-1)).toBe("COMPLETED");
      expect(t.gateway.activeJobPolls()).toBe(0);
    } finally {
      a.dispose();
      b.dispose();
    }
  });

  it("polls once for both subscribers while they watch, and stops when the last one leaves", async () => {
    const id = (await t.query(EXPORT, { input: {} })).body.data!.exportUsers.job!.id;
    const a = await sseClient();
    const b = await sseClient();
    const first = a.iterate<ResultOf<typeof PROGRESS>>({ query: print(PROGRESS), variables: { id } });
    const second = b.iterate<ResultOf<typeof PROGRESS>>({ query: print(PROGRESS), variables: { id } });
    await first.next();
    await second.next();
    expect(t.gateway.activeJobPolls()).toBe(1);
    await first.return?.();
    expect(t.gateway.activeJobPolls()).toBe(1);
    await second.return?.();
    await expect.poll(() => t.gateway.activeJobPolls(), { timeout: 5_000 }).toBe(0);
    t.resetCalls();
    const before = t.upstreamTotal();
    // Another job's subscription completing proves the server went on; the stopped poll made no call meanwhile.
    const other = (await t.query(EXPORT, { input: { limit: 1 } })).body.data!.exportUsers.job!.id;
    const c = await sseClient();
    await collect(c.iterate<ResultOf<typeof PROGRESS>>({ query: print(PROGRESS), variables: { id: other } }));
    c.dispose();
    const calls = t.emulator.requests().filter((r) => r.url.includes(`/jobs/${id}`));
    expect(before).toBe(0);
    expect(calls).toEqual([]);
    a.dispose();
    b.dispose();
  });

  it("applies scopes and authentication, and fails an unknown job with NOT_FOUND", async () => {
    const denied = await sseClient("update:users");
    const events = await collect(
      denied.iterate<ResultOf<typeof PROGRESS>>({ query: print(PROGRESS), variables: { id: "job_0000000000000000" } }),
    ).catch((error: unknown) => error);
    expect(JSON.stringify(events)).toContain("FORBIDDEN");
    denied.dispose();
    const unknown = await sseClient();
    const result = await collect(
      unknown.iterate<ResultOf<typeof PROGRESS>>({ query: print(PROGRESS), variables: { id: "job_0000000000000000" } }),
    ).catch((error: unknown) => error);
    expect(JSON.stringify(result)).toContain("NOT_FOUND");
    unknown.dispose();
    const anonymous = createClient({ url: `${t.url}/graphql`, retryAttempts: 0 });
    const refused = await collect(
      anonymous.iterate<ResultOf<typeof PROGRESS>>({ query: print(PROGRESS), variables: { id: "job_0000000000000000" } }),
    ).catch((error: unknown) => error);
    expect(String((refused as Error).message ?? refused)).toMatch(/401|UNAUTHENTICATED|Unauthorized/i);
    anonymous.dispose();
  });
});

describe("verification emails and tickets", () => {
  const log = new LogCapture();
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ emulator: { users: 20, seed: 45 }, logger: pino({ level: "trace" }, log) });
  });
  afterAll(() => t.close());
  const database = () => [...t.emulator.state.users.values()].find((u) => u.email && u.identities[0]!.provider === "auth0")!;

  const SEND = graphql(`
    mutation JobsSendVerificationEmailJob($input: SendVerificationEmailInput!) {
      sendVerificationEmail(input: $input) {
        job {
          __typename
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
  const RESET = graphql(`
    mutation JobsCreatePasswordChangeTicket($input: CreatePasswordChangeTicketInput!) {
      createPasswordChangeTicket(input: $input) {
        ticket
        userErrors {
          field
          message
          code
        }
      }
    }
  `);
  const VERIFY = graphql(`
    mutation JobsCreateEmailVerificationTicket($input: CreateEmailVerificationTicketInput!) {
      createEmailVerificationTicket(input: $input) {
        ticket
        userErrors {
          field
          message
          code
        }
      }
    }
  `);

  it("sends a verification email as a job; an unknown user is NOT_FOUND; update:users is needed", async () => {
    const res = await t.query(SEND, { input: { userId: database().user_id } });
    expect(res.body.data!.sendVerificationEmail).toMatchObject({
      job: { __typename: "VerificationEmailJob", status: "PENDING" },
      userErrors: [],
    });
    expect((await finished(t, res.body.data!.sendVerificationEmail.job!.id)).status).toBe("COMPLETED");
    const unknown = await t.query(SEND, { input: { userId: "auth0|nobody" } });
    expect(unknown.body.data!.sendVerificationEmail.userErrors).toEqual([
      { field: ["input", "userId"], code: "NOT_FOUND", message: expect.any(String) },
    ]);
    const denied = await t.query(SEND, { input: { userId: database().user_id } }, { scope: "read:users create:user_tickets" });
    expect(denied.body.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", requiredScopes: ["update:users"] });
  });

  it("creates tickets, never logged; create:user_tickets is needed", async () => {
    const reset = await t.query(RESET, { input: { userId: database().user_id, ttlSec: 600, markEmailAsVerified: true } });
    const ticket = reset.body.data!.createPasswordChangeTicket.ticket as string;
    expect(ticket).toMatch(/^https:\/\/.+ticket=/);
    const connection = t.emulator.state.connections.find((c) => c.name === database().identities[0]!.connection)!;
    const byEmail = await t.query(RESET, { input: { email: database().email, connectionId: connection.id } });
    expect(byEmail.body.data!.createPasswordChangeTicket.userErrors).toEqual([]);
    const verify = await t.query(VERIFY, { input: { userId: database().user_id, resultUrl: "https://app.example.com/done" } });
    const verifyTicket = verify.body.data!.createEmailVerificationTicket.ticket as string;
    expect(verifyTicket).not.toBe(ticket);
    const neither = await t.query(RESET, { input: { ttlSec: 5 } });
    expect(neither.body.data!.createPasswordChangeTicket.userErrors[0]).toMatchObject({
      code: "INVALID_INPUT",
      field: ["input", "userId"],
    });
    const unknown = await t.query(VERIFY, { input: { userId: "auth0|nobody" } });
    expect(unknown.body.data!.createEmailVerificationTicket.userErrors[0]).toMatchObject({ code: "NOT_FOUND" });
    const withoutTickets = { scope: "read:users update:users" };
    const denials = [
      await t.query(RESET, { input: { userId: database().user_id } }, withoutTickets),
      await t.query(VERIFY, { input: { userId: database().user_id } }, withoutTickets),
    ];
    for (const denied of denials) {
      expect(denied.body.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", requiredScopes: ["create:user_tickets"] });
    }
    const lines = log
      .text()
      .split("\n")
      .filter((line) => line !== "");
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).not.toContain(ticket);
      expect(line).not.toContain(verifyTicket);
      expect(line).not.toContain(new URL(ticket).searchParams.get("ticket")!);
    }
  });
});
