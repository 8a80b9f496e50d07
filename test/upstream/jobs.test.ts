import { describe, expect, it } from "vitest";
import { isUpstreamError, type User } from "../../src/upstream/index.js";
import { clientFor, count, expectCleanLogs, recordHooks, sharedUpstreamEmulator, startUpstreamEmulator } from "./support.js";

const record = recordHooks();
const upstream = sharedUpstreamEmulator({
  users: 45,
  seed: 12,
  jobs: { usersPerSecond: 400, startDelayMs: 50, linkTtlMs: 1_000 },
  client: { record },
  resetStats: false,
});

const database = () => upstream.emulator.state.connections.find((c) => c.strategy === "auth0" && !c.requires_username)!;

async function finished(id: string) {
  await expect.poll(async () => (await upstream.client.getJob(id)).status, { timeout: 20_000, interval: 20 }).toMatch(/completed|failed/);
  return upstream.client.getJob(id);
}

describe("users export jobs", () => {
  it("creates an export, and pages through its file until the last line", async () => {
    const created = await upstream.client.createUsersExportJob({
      format: "json",
      fields: [{ name: "user_id" }, { name: "email" }, { name: "created_at" }],
    });
    expect(created).toMatchObject({ type: "users_export", status: "pending", format: "json" });
    const job = await finished(created.id);
    expect(job.status).toBe("completed");
    const seen: User[] = [];
    let offset = 0;
    for (;;) {
      const page = await upstream.client.readUsersExportPage(job.location!, { offset, limit: 10 });
      seen.push(...page.items);
      offset += page.items.length;
      if (!page.hasMore) break;
      expect(page.items).toHaveLength(10);
    }
    expect(seen.map((u) => u.user_id)).toEqual([...upstream.emulator.state.users.keys()]);
    expect(seen[0]).toEqual({
      user_id: seen[0]!.user_id,
      email: upstream.emulator.state.users.get(seen[0]!.user_id!)!.email,
      created_at: expect.any(String),
    });
    const past = await upstream.client.readUsersExportPage(job.location!, { offset: 45, limit: 10 });
    expect(past).toEqual({ items: [], hasMore: false });
  });

  it("reports an expired link as link_expired; reading the job again gives one that works", async () => {
    const job = await finished((await upstream.client.createUsersExportJob({ limit: 3 })).id);
    const location = job.location!;
    await expect
      .poll(
        async () =>
          upstream.client.readUsersExportPage(location, { offset: 0, limit: 1 }).then(
            () => "ok",
            (error) => (error as { errorCode?: string }).errorCode,
          ),
        { timeout: 10_000, interval: 100 },
      )
      .toBe("link_expired");
    const fresh = await upstream.client.getJob(job.id);
    expect((await upstream.client.readUsersExportPage(fresh.location!, { offset: 0, limit: 5 })).items).toHaveLength(3);
  });
});

describe("users import jobs", () => {
  it("streams a multipart upload; the job's summary and errors come back", async () => {
    const users = [
      { email: "upstream.client.import.a@example.org" },
      { email: "upstream.client.import.b@example.org", user_id: "upstream.client-b" },
      { email: "broken" },
    ];
    const created = await upstream.client.createUsersImportJob({
      file: new Blob([JSON.stringify(users)]),
      connectionId: database().id,
      externalId: "ext-1",
      sendCompletionEmail: false,
    });
    expect(created).toMatchObject({ type: "users_import", status: "pending", connection_id: database().id, external_id: "ext-1" });
    const job = await finished(created.id);
    expect(job.summary).toEqual({ inserted: 2, updated: 0, failed: 1, total: 3 });
    const errors = await upstream.client.getJobErrors(created.id);
    expect(errors).toEqual([{ user: { email: "broken" }, errors: [expect.objectContaining({ code: "INVALID_FORMAT", path: "email" })] }]);
    expect((await upstream.client.getUser("auth0|upstream.client-b")).email).toBe("upstream.client.import.b@example.org");
  });

  it("answers [] for a job without errors", async () => {
    const created = await upstream.client.createUsersImportJob({
      file: new Blob([JSON.stringify([{ email: "upstream.client.import.c@example.org" }])]),
      connectionId: database().id,
      upsert: true,
    });
    await finished(created.id);
    expect(await upstream.client.getJobErrors(created.id)).toEqual([]);
  });

  it("does not retry the tenant's too_many_jobs refusal of a third concurrent import", async () => {
    const slow = await startUpstreamEmulator({ users: 5, seed: 3, jobs: { usersPerSecond: 1, startDelayMs: 10_000 } });
    const slowRecord = recordHooks();
    const { client: slowClient } = clientFor(slow, {}, slowRecord);
    try {
      const connectionId = slow.state.connections.find((c) => c.strategy === "auth0" && !c.requires_username)!.id;
      const file = () => new Blob([JSON.stringify([{ email: `x${Math.random()}@example.org` }])]);
      await slowClient.createUsersImportJob({ file: file(), connectionId });
      await slowClient.createUsersImportJob({ file: file(), connectionId });
      const third = await slowClient.createUsersImportJob({ file: file(), connectionId }).catch((error: unknown) => error);
      expect(isUpstreamError(third) && third.statusCode === 429 && third.errorCode === "too_many_jobs").toBe(true);
      expect(count(slow, "POST /api/v2/jobs/users-imports")).toBe(3);
      expect(slowRecord.retries).toEqual([]);
    } finally {
      await slowClient.close();
      await slow.close();
    }
  });
});

describe("verification emails, tickets, connections", () => {
  it("creates a verification-email job, both tickets, and finds a connection by name", async () => {
    const user = [...upstream.emulator.state.users.values()].find((u) => u.email && u.identities[0]!.provider === "auth0")!;
    const job = await upstream.client.createVerificationEmailJob({ user_id: user.user_id });
    expect(job).toMatchObject({ type: "verification_email", status: "pending" });
    const reset = await upstream.client.createPasswordChangeTicket({ user_id: user.user_id, ttl_sec: 60 });
    const verify = await upstream.client.createEmailVerificationTicket({ user_id: user.user_id });
    expect(reset.ticket).toMatch(/^https:\/\//);
    expect(verify.ticket).not.toBe(reset.ticket);
    expect(await upstream.client.getConnectionsByName(database().name)).toEqual([
      { id: database().id, name: database().name, strategy: "auth0" },
    ]);
    expect(await upstream.client.getConnectionsByName("no-such-connection")).toEqual([]);
    expectCleanLogs([reset.ticket, verify.ticket]);
  });
});
