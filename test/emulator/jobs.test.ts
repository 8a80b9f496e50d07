import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csvCell } from "../../src/emulator/jobs/export-file.js";
import type { StoredUser } from "../../src/emulator/state.js";
import { startTestEmulator, type RestError, type TestEmulator } from "../support/emulator.js";
import { responseProblems } from "../support/oas.js";

const enc = encodeURIComponent;

/** A job as these tests read it (a finished export has a location). */
interface JobBody {
  id: string;
  status: string;
  location: string;
  summary?: unknown;
  status_details?: string;
}
/** One failed line of an import, as GET /jobs/{id}/errors answers it. */
interface JobErrorBody {
  user: unknown;
  errors: { code: string; path?: string; message?: string }[];
}

/** POSTs a users import as multipart/form-data, checking the answer against the contract. */
async function postImport(t: TestEmulator, parts: Record<string, string | Blob>, scope?: string) {
  const form = new FormData();
  for (const [name, value] of Object.entries(parts)) {
    if (typeof value === "string") form.set(name, value);
    else form.set(name, value, "users.json");
  }
  const response = await fetch(`${t.url}/api/v2/jobs/users-imports`, {
    method: "POST",
    headers: { authorization: `Bearer ${await t.token(scope)}` },
    body: form,
  });
  const text = await response.text();
  const body = text ? JSON.parse(text) : undefined;
  expect(responseProblems("POST", "/jobs/users-imports", response.status, body)).toEqual([]);
  return { status: response.status, body };
}

const fileOf = (users: unknown) => new Blob([JSON.stringify(users)], { type: "application/json" });

async function finished(t: TestEmulator, id: string) {
  await expect
    .poll(async () => (await t.call<JobBody>("GET", `/jobs/${id}`)).body.status, { timeout: 20_000, interval: 20 })
    .toMatch(/completed|failed/);
  return (await t.call<JobBody>("GET", `/jobs/${id}`)).body;
}

async function download(location: string): Promise<{ status: number; text: string }> {
  const response = await fetch(location);
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: response.status, text: response.status === 200 ? gunzipSync(bytes).toString("utf8") : bytes.toString("utf8") };
}

describe("users exports", () => {
  let t: TestEmulator;
  beforeAll(async () => {
    t = await startTestEmulator({ users: 60, seed: 31 });
  });
  afterAll(() => t.close());

  it("exports NDJSON of a connection's users with fields, export_as and a limit", async () => {
    const connection = t.emulator.state.connections.find((c) => c.strategy === "auth0" && !c.requires_username)!;
    const fields = [
      { name: "user_id" },
      { name: "email", export_as: "mail" },
      { name: "user_metadata" },
      { name: "identities[0].connection" },
    ];
    const created = await t.call<JobBody>("POST", "/jobs/users-exports", {
      body: { connection_id: connection.id, format: "json", limit: 5, fields },
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      type: "users_export",
      status: "pending",
      connection_id: connection.id,
      format: "json",
      limit: 5,
      fields,
    });
    expect(created.body.id).toMatch(/^job_[A-Za-z0-9]{16}$/);
    const job = await finished(t, created.body.id);
    expect(job).toMatchObject({ status: "completed", percentage_done: 100, time_left_seconds: 0 });
    expect(job.location).toMatch(new RegExp(`/${t.emulator.state.tenant}\\.json\\.gz$`));
    const { status, text } = await download(job.location);
    expect(status).toBe(200);
    const lines = text
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    const expected = [...t.emulator.state.users.values()].filter((u) => u.identities[0]!.connection === connection.name).slice(0, 5);
    expect(lines).toEqual(
      expected.map((u) => ({
        user_id: u.user_id,
        mail: u.email,
        ...(u.user_metadata ? { user_metadata: u.user_metadata } : {}),
        "identities[0].connection": connection.name,
      })),
    );
  });

  it("exports every user as a whole record when no fields are named, without IdP tokens", async () => {
    const created = await t.call<JobBody>("POST", "/jobs/users-exports", { body: {} });
    const job = await finished(t, created.body.id);
    const lines = (await download(job.location)).text
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.map((u) => u.user_id)).toEqual([...t.emulator.state.users.keys()]);
    expect(JSON.stringify(lines)).not.toMatch(/access_token|refresh_token/);
  });

  it("exports CSV with a header row, every value quoted and formulas neutralised", async () => {
    const created = await t.call<StoredUser>("POST", "/users", {
      body: {
        connection: "Username-Password-Authentication",
        email: "csv.person@example.com",
        password: "Str0ng-password!",
        given_name: '=HYPERLINK("x")',
        family_name: "-2+3",
        name: 'Ann "the" Admin',
      },
    });
    expect(created.status).toBe(201);
    const userId = created.body.user_id as string;
    const fields = [
      { name: "user_id", export_as: "id" },
      { name: "given_name" },
      { name: "family_name" },
      { name: "name" },
      { name: "logins_count" },
    ];
    const job = await finished(t, (await t.call<JobBody>("POST", "/jobs/users-exports", { body: { format: "csv", fields } })).body.id);
    expect(job.location).toMatch(/\.csv\.gz$/);
    const rows = (await download(job.location)).text.trim().split("\n");
    expect(rows[0]).toBe('"id","given_name","family_name","name","logins_count"');
    expect(rows.length).toBe(t.emulator.state.users.size + 1);
    expect(rows).toContain(`"${userId}","'=HYPERLINK(""x"")","'-2+3","Ann ""the"" Admin",""`);
    expect(csvCell(12)).toBe('"12"');
    expect(csvCell("@SUM(1)")).toBe(`"'@SUM(1)"`);
  });

  it(
    "refuses more than 30 CSV fields, a metadata root in CSV, an unknown connection and unknown " + "properties; 403 without read:users",
    async () => {
      const many = Array.from({ length: 31 }, (_, i) => ({ name: `user_metadata.k${i}` }));
      expect((await t.call("POST", "/jobs/users-exports", { body: { format: "csv", fields: many } })).status).toBe(400);
      expect((await t.call("POST", "/jobs/users-exports", { body: { format: "csv", fields: [{ name: "app_metadata" }] } })).status).toBe(
        400,
      );
      const unknown = await t.call<RestError>("POST", "/jobs/users-exports", { body: { connection_id: "con_AAAAAAAAAAAAAAAA" } });
      expect(unknown.status).toBe(400);
      expect(unknown.body.errorCode).toBe("inexistent_connection");
      expect((await t.call("POST", "/jobs/users-exports", { body: { format: "xml" } })).status).toBe(400);
      const denied = await t.call<RestError>("POST", "/jobs/users-exports", { body: {}, scope: "create:users" });
      expect(denied.status).toBe(403);
      expect(denied.body.message).toBe("Insufficient scope, expected any of: read:users");
    },
  );

  it("answers 404 for an unknown job, and reads jobs with create:users or read:users only", async () => {
    expect((await t.call("GET", "/jobs/job_0000000000000000")).status).toBe(404);
    const id = (await t.call<JobBody>("POST", "/jobs/users-exports", { body: { limit: 1 } })).body.id;
    expect((await t.call("GET", `/jobs/${id}`, { scope: "create:users" })).status).toBe(200);
    expect((await t.call("GET", `/jobs/${id}`, { scope: "update:users" })).status).toBe(403);
  });
});

describe("job progress, links and expiry", () => {
  let t: TestEmulator;
  beforeAll(async () => {
    t = await startTestEmulator({ users: 40, seed: 32, jobs: { usersPerSecond: 20, startDelayMs: 300, linkTtlMs: 400, jobTtlMs: 6_000 } });
  });
  afterAll(() => t.close());

  it("moves pending → processing (with percentage and time left progressing) → completed", async () => {
    const created = await t.call<JobBody>("POST", "/jobs/users-exports", { body: {} });
    const seen: { status: string; percentage_done: number; time_left_seconds: number }[] = [];
    await expect
      .poll(
        async () => {
          const job = (await t.call<JobBody & { percentage_done: number; time_left_seconds: number }>("GET", `/jobs/${created.body.id}`))
            .body;
          seen.push(job);
          return job.status;
        },
        { timeout: 20_000, interval: 50 },
      )
      .toBe("completed");
    expect(seen[0]!.status).toBe("pending");
    const processing = seen.filter((job) => job.status === "processing");
    expect(processing.length).toBeGreaterThan(1);
    const percentages = processing.map((job) => job.percentage_done);
    expect(percentages).toEqual([...percentages].sort((a, b) => a - b));
    expect(percentages.at(-1)!).toBeGreaterThan(percentages[0]!);
    expect(processing[0]!.time_left_seconds).toBeGreaterThanOrEqual(processing.at(-1)!.time_left_seconds);
  });

  it("serves a link for a limited time; reading the job again gives a fresh one; the job expires", async () => {
    const created = await t.call<JobBody>("POST", "/jobs/users-exports", { body: { limit: 2 } });
    const job = await finished(t, created.body.id);
    expect((await download(job.location)).status).toBe(200);
    await expect.poll(async () => (await download(job.location)).status, { timeout: 10_000, interval: 50 }).toBe(403);
    expect((await download(job.location)).text).toContain("Request has expired");
    const again = (await t.call<JobBody>("GET", `/jobs/${created.body.id}`)).body;
    expect(again.location).not.toBe(job.location);
    expect((await download(again.location)).status).toBe(200);
    await expect.poll(async () => (await t.call("GET", `/jobs/${created.body.id}`)).status, { timeout: 15_000, interval: 100 }).toBe(404);
    expect((await download(again.location)).status).toBe(403);
  });

  it("runs at most two imports at once: a third is refused with 429 too_many_jobs", async () => {
    const connection = t.emulator.state.connections.find((c) => c.strategy === "auth0" && !c.requires_username)!;
    const users = Array.from({ length: 30 }, (_, i) => ({ email: `concurrent${i}@example.org` }));
    const first = await postImport(t, { users: fileOf(users.slice(0, 10)), connection_id: connection.id });
    const second = await postImport(t, { users: fileOf(users.slice(10, 20)), connection_id: connection.id });
    const third = await postImport(t, { users: fileOf(users.slice(20)), connection_id: connection.id });
    expect([first.status, second.status]).toEqual([202, 202]);
    expect(third.status).toBe(429);
    expect(third.body.errorCode).toBe("too_many_jobs");
    await finished(t, first.body.id);
    await finished(t, second.body.id);
    expect((await postImport(t, { users: fileOf(users.slice(20)), connection_id: connection.id })).status).toBe(202);
  });
});

describe("users imports", () => {
  let t: TestEmulator;
  let connectionId: string;
  let existing: StoredUser;
  beforeAll(async () => {
    t = await startTestEmulator({ users: 50, seed: 33 });
    const connection = t.emulator.state.connections.find((c) => c.strategy === "auth0" && !c.requires_username)!;
    connectionId = connection.id;
    existing = [...t.emulator.state.users.values()].find((u) => u.identities[0]!.connection === connection.name && u.email)!;
  });
  afterAll(() => t.close());

  const bcrypt = "$2b$10$C9hbJ4KE3l1FZ7NlrA3Tk.2eShqPbgkVkbJ2lxkXyM9a3sfk8c5yK";

  it("inserts good users, skips duplicates, reports malformed ones, and the imported users are readable and searchable", async () => {
    const file = [
      {
        email: "Imported.One@example.org",
        email_verified: true,
        given_name: "Imported",
        user_metadata: { plan: "gold" },
        password_hash: bcrypt,
      },
      { email: "imported.two@example.org", user_id: "imported-two", app_metadata: { roles: ["x"] } },
      { email: existing.email, name: "Changed Name" },
      { email: "not-an-email" },
      { email: "extra@example.org", favourite_colour: "blue" },
      { email: "imported.two@example.org" },
    ];
    const created = await postImport(t, {
      users: fileOf(file),
      connection_id: connectionId,
      external_id: "batch-1",
      send_completion_email: "false",
    });
    expect(created.status).toBe(202);
    expect(created.body).toMatchObject({ type: "users_import", status: "pending", connection_id: connectionId, external_id: "batch-1" });
    const job = await finished(t, created.body.id);
    expect(job.status).toBe("completed");
    expect(job.summary).toEqual({ inserted: 2, updated: 0, failed: 4, total: 6 });

    const errors = await t.call<JobErrorBody[]>("GET", `/jobs/${created.body.id}/errors`);
    expect(errors.status).toBe(200);
    expect(errors.body.map((e: { user: unknown }) => e.user)).toEqual([file[2], file[3], file[4], file[5]]);
    expect(errors.body.map((e: { errors: { code: string }[] }) => e.errors.map((x) => x.code))).toEqual([
      ["DUPLICATED_USER"],
      ["INVALID_FORMAT"],
      ["INVALID_FORMAT"],
      ["DUPLICATED_USER"],
    ]);
    expect(errors.body[1]!.errors[0]!.path).toBe("email");
    expect(errors.body[2]!.errors[0]).toMatchObject({
      path: "favourite_colour",
      message: "Additional properties not allowed: favourite_colour",
    });

    const read = await t.call("GET", `/users/${enc("auth0|imported-two")}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ email: "imported.two@example.org", email_verified: false, app_metadata: { roles: ["x"] } });
    const found = await t.call<StoredUser[]>("GET", "/users", { query: { q: 'email:"imported.one@example.org"', search_engine: "v3" } });
    expect(found.body).toHaveLength(1);
    expect(found.body[0]).toMatchObject({ email_verified: true, given_name: "Imported", user_metadata: { plan: "gold" } });
    expect(t.emulator.state.users.get(existing.user_id)!.name).not.toBe("Changed Name");
  });

  it("updates existing users with upsert, and answers 204 for errors when there are none", async () => {
    const created = await postImport(t, {
      users: fileOf([{ email: existing.email, name: "Upserted Name" }]),
      connection_id: connectionId,
      upsert: "true",
    });
    const job = await finished(t, created.body.id);
    expect(job.summary).toEqual({ inserted: 0, updated: 1, failed: 0, total: 1 });
    expect((await t.call<StoredUser>("GET", `/users/${enc(existing.user_id)}`)).body.name).toBe("Upserted Name");
    expect((await t.call("GET", `/jobs/${created.body.id}/errors`)).status).toBe(204);
  });

  it("fails the whole job for a file that is not a JSON array; its errors say why", async () => {
    const created = await postImport(t, { users: new Blob(["{ not json"]), connection_id: connectionId });
    expect(created.status).toBe(202);
    const job = await finished(t, created.body.id);
    expect(job.status).toBe("failed");
    expect(job.status_details).toMatch(/JSON/);
    const errors = await t.call<JobErrorBody[]>("GET", `/jobs/${created.body.id}/errors`);
    expect(errors.body).toMatchObject({ id: created.body.id, status: "failed", type: "users_import" });
  });

  it(
    "refuses a file over 512000 bytes (413), missing parts, a bad connection id, a social connection; 403 " + "without create:users",
    async () => {
      const big = new Blob([JSON.stringify([{ email: "a@example.org", user_metadata: { pad: "x".repeat(600_000) } }])]);
      const tooBig = await postImport(t, { users: big, connection_id: connectionId });
      expect(tooBig.status).toBe(413);
      expect(tooBig.body.message).toBe("Payload content length greater than maximum allowed: 512000.");
      expect((await postImport(t, { connection_id: connectionId })).body.message).toBe("Must provide 'users' file as multipart part.");
      expect((await postImport(t, { users: fileOf([]) })).body.message).toBe("Must provide 'connection_id' as multipart part.");
      expect((await postImport(t, { users: new Blob([]), connection_id: connectionId })).body.message).toBe(
        "Users file must not be empty.",
      );
      expect((await postImport(t, { users: fileOf([]), connection_id: "con_short" })).status).toBe(400);
      const social = t.emulator.state.connections.find((c) => c.strategy !== "auth0")!;
      expect((await postImport(t, { users: fileOf([]), connection_id: social.id })).body.message).toBe(
        "Connection must be a database connection.",
      );
      const denied = await postImport(t, { users: fileOf([]), connection_id: connectionId }, "read:users");
      expect(denied.status).toBe(403);
      const json = await t.call("POST", "/jobs/users-imports", { body: { connection_id: connectionId } });
      expect(json.status).toBe(400);
    },
  );
});

describe("verification emails, tickets and connections", () => {
  let t: TestEmulator;
  beforeAll(async () => {
    t = await startTestEmulator({ users: 30, seed: 34 });
  });
  afterAll(() => t.close());
  const withEmail = () => [...t.emulator.state.users.values()].find((u) => u.email && u.identities[0]!.provider === "auth0")!;

  it(
    "creates a verification-email job that completes; 404 for an unknown user, 400 for a foreign " + "identity, 403 without update:users",
    async () => {
      const user = withEmail();
      const created = await t.call<JobBody>("POST", "/jobs/verification-email", {
        body: { user_id: user.user_id, identity: { user_id: user.identities[0]!.user_id, provider: "auth0" } },
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ type: "verification_email", status: "pending" });
      expect((await finished(t, created.body.id)).status).toBe("completed");
      expect((await t.call("POST", "/jobs/verification-email", { body: { user_id: "auth0|nobody" } })).status).toBe(404);
      expect(
        (
          await t.call("POST", "/jobs/verification-email", {
            body: { user_id: user.user_id, identity: { user_id: "other", provider: "auth0" } },
          })
        ).status,
      ).toBe(400);
      expect((await t.call("POST", "/jobs/verification-email", { body: { user_id: user.user_id }, scope: "read:users" })).status).toBe(403);
    },
  );

  it("creates password-change and email-verification tickets: distinct secret URLs", async () => {
    const user = withEmail();
    const reset = await t.call<{ ticket: string }>("POST", "/tickets/password-change", {
      body: { user_id: user.user_id, ttl_sec: 300, mark_email_as_verified: true },
    });
    expect(reset.status).toBe(201);
    expect(new URL(reset.body.ticket).searchParams.get("ticket")).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const again = await t.call<{ ticket: string }>("POST", "/tickets/password-change", { body: { user_id: user.user_id } });
    expect(again.body.ticket).not.toBe(reset.body.ticket);
    const connection = t.emulator.state.connections.find((c) => c.name === user.identities[0]!.connection)!;
    const byEmail = await t.call("POST", "/tickets/password-change", { body: { email: user.email, connection_id: connection.id } });
    expect(byEmail.status).toBe(201);
    const verify = await t.call<{ ticket: string }>("POST", "/tickets/email-verification", {
      body: { user_id: user.user_id, result_url: "https://app.example.com/verified" },
    });
    expect(verify.status).toBe(201);
    expect(verify.body.ticket).toContain("/u/verify_email?ticket=");
  });

  it("answers 404 for an unknown user, 400 for bad bodies, 403 without create:user_tickets", async () => {
    expect((await t.call("POST", "/tickets/password-change", { body: { user_id: "auth0|nobody" } })).status).toBe(404);
    expect((await t.call("POST", "/tickets/email-verification", { body: {} })).status).toBe(400);
    expect((await t.call("POST", "/tickets/email-verification", { body: { user_id: withEmail().user_id, unknown: 1 } })).status).toBe(400);
    const denied = await t.call<RestError>("POST", "/tickets/password-change", {
      body: { user_id: withEmail().user_id },
      scope: "update:users",
    });
    expect(denied.status).toBe(403);
    expect(denied.body.message).toBe("Insufficient scope, expected any of: create:user_tickets");
  });

  it("finds a connection by name (read:connections)", async () => {
    const connection = t.emulator.state.connections[0]!;
    const response = await fetch(`${t.url}/api/v2/connections?name=${enc(connection.name)}`, {
      headers: { authorization: `Bearer ${await t.token()}` },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([
      expect.objectContaining({ id: connection.id, name: connection.name, strategy: connection.strategy }),
    ]);
    const none = await fetch(`${t.url}/api/v2/connections?name=nope`, { headers: { authorization: `Bearer ${await t.token()}` } });
    expect(await none.json()).toEqual([]);
    const denied = await fetch(`${t.url}/api/v2/connections?name=x`, {
      headers: { authorization: `Bearer ${await t.token("read:users")}` },
    });
    expect(denied.status).toBe(403);
  });
});
