import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { DEV_CLIENT_ID, DEV_CLIENT_SECRET, startEmulator } from "../../src/emulator/index.js";
import { DATABASE_CONNECTION } from "../../src/emulator/seed-catalog.js";
import { INTERRUPTED } from "../../src/emulator/jobs/job-board.js";
import { journalFile, replayJournal } from "../../src/emulator/journal.js";
import { loadState, saveState, serializeState, StateFileError } from "../../src/emulator/persistence.js";
import { seedState } from "../../src/emulator/seed.js";
import { startTestEmulator } from "../support/emulator.js";

/** A job as these tests read it. */
interface JobBody {
  id: string;
  status?: string;
  location?: string;
}

const dir = await mkdtemp(join(tmpdir(), "usergraph-emulator-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("--data persistence", () => {
  it("keeps a write across a restart", async () => {
    const dataFile = join(dir, "tenant.json");
    const first = await startTestEmulator({ users: 20, seed: 9, dataFile });
    const id = [...first.emulator.state.users.keys()][3]!;
    const patched = await first.call("PATCH", `/users/${encodeURIComponent(id)}`, { body: { user_metadata: { restarted: "yes" } } });
    expect(patched.status).toBe(200);
    await first.close();

    // A different seed proves the state came from the file, not from seeding again.
    const second = await startTestEmulator({ users: 5, seed: 1, dataFile });
    try {
      expect(second.emulator.state.users.size).toBe(20);
      const read = await second.call<{ user_metadata: Record<string, unknown> }>("GET", `/users/${encodeURIComponent(id)}`);
      expect(read.body.user_metadata.restarted).toBe("yes");
    } finally {
      await second.close();
    }
  });
});

describe("--data persistence of jobs", () => {
  it("keeps finished jobs and their export files across a restart; a job still running then has failed", async () => {
    const dataFile = join(dir, "jobs.jsonl");
    const jobs = { usersPerSecond: 40, startDelayMs: 0 };
    const first = await startTestEmulator({ users: 20, seed: 9, dataFile, jobs });
    const done = await first.call<JobBody>("POST", "/jobs/users-exports", {
      body: { format: "csv", limit: 2, fields: [{ name: "user_id" }] },
    });
    expect(done.status).toBe(200);
    await expect
      .poll(async () => (await first.call<JobBody>("GET", `/jobs/${done.body.id}`)).body.status, { timeout: 10_000 })
      .toBe("completed");
    const before = await fetch((await first.call<JobBody>("GET", `/jobs/${done.body.id}`)).body.location!);
    const file = Buffer.from(await before.arrayBuffer());
    expect(before.status).toBe(200);
    // 20 users at 40 a second: still running when the emulator stops.
    const cut = await first.call<JobBody>("POST", "/jobs/users-exports", { body: { format: "json" } });
    expect(cut.status).toBe(200);
    await first.close();

    const second = await startTestEmulator({ users: 5, seed: 1, dataFile, jobs });
    try {
      const kept = await second.call<JobBody>("GET", `/jobs/${done.body.id}`);
      expect(kept.body).toMatchObject({ id: done.body.id, type: "users_export", status: "completed", format: "csv", limit: 2 });
      const after = await fetch(kept.body.location!);
      expect(after.status).toBe(200);
      expect(Buffer.from(await after.arrayBuffer())).toEqual(file);
      const interrupted = await second.call<JobBody>("GET", `/jobs/${cut.body.id}`);
      expect(interrupted.body).toMatchObject({ status: "failed", status_details: INTERRUPTED });
      expect(interrupted.body.location).toBeUndefined();
    } finally {
      await second.close();
    }
  });
});

describe("--data persistence of concurrent writes", () => {
  it("keeps every one of many parallel writes, coalesced into saves that finish before close()", async () => {
    const dataFile = join(dir, "parallel.jsonl");
    const first = await startTestEmulator({ users: 120, seed: 4, dataFile });
    const blocked = [...new Set(first.emulator.state.bruteForceBlocks.map((b) => b.user_id))];
    const guardian = [...first.emulator.state.enrollments.keys()].slice(0, 3);
    expect(blocked.length).toBeGreaterThanOrEqual(3);
    const answers = await Promise.all([
      ...blocked.map((id) => first.call<undefined>("DELETE", `/user-blocks/${encodeURIComponent(id)}`)),
      ...guardian.map((id) => first.call<{ recovery_code: string }>("POST", `/users/${encodeURIComponent(id)}/recovery-code-regeneration`)),
    ]);
    expect(answers.map((a) => a.status)).toEqual([...blocked.map(() => 204), ...guardian.map(() => 200)]);
    const codes = answers.slice(blocked.length).map((a) => a.body?.recovery_code);
    await first.close();

    const second = await startTestEmulator({ dataFile });
    try {
      expect(second.emulator.state.bruteForceBlocks).toEqual([]);
      expect(guardian.map((id) => second.emulator.state.recoveryCodes.get(id))).toEqual(codes);
      expect(serializeState(second.emulator.state).join("")).toBe(serializeState(first.emulator.state).join(""));
    } finally {
      await second.close();
    }
  });
});

describe("the data file", () => {
  it("is null when missing, and round-trips the state exactly", async () => {
    expect(await loadState(join(dir, "absent.jsonl"))).toBeNull();
    const state = seedState({ users: 60, seed: 8 });
    const file = join(dir, "roundtrip.jsonl");
    await saveState(file, state);
    const loaded = (await loadState(file))!;
    expect(loaded.users).toBeInstanceOf(Map);
    expect(loaded.users.size).toBe(60);
    expect(serializeState(loaded).join("")).toBe(serializeState(state).join(""));
    expect(loaded).toEqual(state);
  });

  it("is written atomically, readable by its owner only, with no temp file left behind", async () => {
    const sub = await mkdtemp(join(dir, "atomic-"));
    const file = join(sub, "tenant.jsonl");
    const state = seedState({ users: 10, seed: 2 });
    await Promise.all([saveState(file, state), saveState(file, state), saveState(file, state)]);
    expect(await readdir(sub)).toEqual(["tenant.jsonl"]);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    await expect(saveState(join(sub, "missing-dir", "tenant.jsonl"), state)).rejects.toThrow();
    expect(await readdir(sub)).toEqual(["tenant.jsonl"]);
  });

  it.each([
    ["not JSON", () => "{not json\n", /line 1 is not JSON/],
    ["another format", () => `${JSON.stringify({ format: "something-else", version: 1 })}\n`, /header/],
    ["a future version", () => `${JSON.stringify({ format: "usergraph-emulator-state", version: 99 })}\n`, /version 99/],
    ["truncated", (text: string) => text.split("\n").slice(0, -3).join("\n"), /end marker/],
    ["an unknown field", (text: string) => text.replace('"field":"users"', '"field":"gremlins"'), /no known field/],
    ["empty", () => "", /empty/],
  ])("rejects a file that is %s with a clear StateFileError", async (_name, corrupt, message) => {
    const file = join(dir, "corrupt.jsonl");
    await saveState(file, seedState({ users: 5, seed: 1 }));
    await writeFile(file, corrupt(await readFile(file, "utf8")));
    const error = await loadState(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StateFileError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toContain(file);
    await expect(startEmulator({ dataFile: file })).rejects.toBeInstanceOf(StateFileError);
  });
});

describe("seeding", () => {
  it("serves identical data for the same seed and different data for another", async () => {
    const a = await startTestEmulator({ users: 30, seed: 5 });
    const b = await startTestEmulator({ users: 30, seed: 5 });
    const c = await startTestEmulator({ users: 30, seed: 6 });
    try {
      const page = (t: typeof a) => t.call("GET", "/users", { query: { per_page: 100, sort: "user_id:1" } }).then((r) => r.body);
      const [pa, pb, pc] = await Promise.all([page(a), page(b), page(c)]);
      expect(pa).toHaveLength(30);
      expect(pb).toEqual(pa);
      expect(pc).not.toEqual(pa);
    } finally {
      await Promise.all([a.close(), b.close(), c.close()]);
    }
  });
});

describe("--data after kill -9 (a real emulator process)", () => {
  const root = fileURLToPath(new URL("../..", import.meta.url));

  it("keeps every acknowledged create and each user's latest acknowledged patch, and leaves no temp file", async () => {
    const sub = await mkdtemp(join(dir, "killed-"));
    const dataFile = join(sub, "tenant.jsonl");
    // A tenant large enough that rewriting it whole takes a while (what lost writes before).
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "src/emulator/cli.ts", "--port", "0", "--users", "1000", "--data", dataFile],
      {
        cwd: root,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = once(child, "exit");
    try {
      await expect.poll(() => stdout, { timeout: 60_000 }).toMatch(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)![1]!;
      const grant = await fetch(`${url}/oauth/token`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          grant_type: "client_credentials",
          client_id: DEV_CLIENT_ID,
          client_secret: DEV_CLIENT_SECRET,
          audience: `${url}/api/v2/`,
        }),
      });
      const { access_token } = (await grant.json()) as { access_token: string };
      const call = (method: string, path: string, body: unknown) =>
        fetch(`${url}/api/v2${path}`, {
          method,
          headers: { authorization: `Bearer ${access_token}`, "content-type": "application/json" },
          body: JSON.stringify(body),
        });

      // Six clients create users one after the other, and 10 users are patched again and again,
      // until the process is killed: some of each are in flight then.
      const created: string[] = [];
      let next = 0;
      const creates = Array.from({ length: 6 }, async () => {
        for (;;) {
          const i = next++;
          const res = await call("POST", "/users", {
            connection: DATABASE_CONNECTION,
            email: `killed-${i}@example.com`,
            password: `Killed-pw-${i}!x`,
          });
          if (res.status !== 201) return;
          created.push(((await res.json()) as { user_id: string }).user_id);
        }
      });
      const patchedIds: string[] = [];
      const listed = await fetch(`${url}/api/v2/users?per_page=10&page=3`, { headers: { authorization: `Bearer ${access_token}` } });
      for (const user of (await listed.json()) as { user_id: string }[]) patchedIds.push(user.user_id);
      const acknowledged = new Map<string, number>();
      const patches = patchedIds.map(async (id) => {
        for (let version = 1; ; version += 1) {
          const res = await call("PATCH", `/users/${encodeURIComponent(id)}`, { user_metadata: { version } });
          if (res.status !== 200) return;
          acknowledged.set(id, version);
        }
      });
      let cutOff = 0;
      const inFlight = [...creates, ...patches].map((work) => work.catch(() => (cutOff += 1)));
      // Killed while creates and patches are still being answered.
      await expect
        .poll(() => created.length >= 30 && patchedIds.every((id) => (acknowledged.get(id) ?? 0) >= 3), { timeout: 60_000, interval: 5 })
        .toBe(true);
      child.kill("SIGKILL");
      const [, signal] = await exited;
      expect(signal).toBe("SIGKILL");
      await Promise.all(inFlight);
      expect(cutOff).toBeGreaterThan(0); // requests were in flight when it died

      // What a killed compaction leaves behind.
      await writeFile(join(sub, `.tenant.jsonl.99999.0123456789ab.tmp`), "half a snapshot");
      const restarted = await startEmulator({ dataFile });
      try {
        for (const id of created) expect(restarted.state.users.has(id), id).toBe(true);
        for (const id of patchedIds) {
          const version = restarted.state.users.get(id)!.user_metadata?.version as number;
          // The latest acknowledged patch, or the one in flight when the process died.
          expect([acknowledged.get(id), acknowledged.get(id)! + 1], id).toContain(version);
        }
        expect((await readdir(sub)).filter((name) => name.endsWith(".tmp"))).toEqual([]);
      } finally {
        await restarted.close();
      }
      expect((await readdir(sub)).sort()).toEqual(["tenant.jsonl", "tenant.jsonl.journal"]);
    } finally {
      child.kill("SIGKILL");
    }
  }, 180_000);
});

describe("the --data journal", () => {
  it("is compacted into a new snapshot once it grows, and the state survives a restart exactly", async () => {
    const sub = await mkdtemp(join(dir, "compact-"));
    const dataFile = join(sub, "tenant.jsonl");
    const first = await startTestEmulator({ users: 15, seed: 3, dataFile, compactAfterBytes: 4_000 });
    const ids = [...first.emulator.state.users.keys()];
    let largest = 0;
    for (let round = 0; round < 4; round += 1) {
      await Promise.all(ids.map((id) => first.call("PATCH", `/users/${encodeURIComponent(id)}`, { body: { user_metadata: { round } } })));
      largest = Math.max(largest, (await stat(journalFile(dataFile))).size);
    }
    // 60 patches of about 1 KB each: the journal was emptied into the snapshot on the way.
    expect(largest).toBeLessThan(40_000);
    expect((await readFile(dataFile, "utf8")).split("\n", 1)[0]).toMatch(/"journalSeq":\d+/);
    const before = serializeState(first.emulator.state).join("");
    await first.close();
    const second = await startTestEmulator({ dataFile });
    try {
      expect(serializeState(second.emulator.state).join("")).toBe(before);
      expect(ids.every((id) => second.emulator.state.users.get(id)!.user_metadata?.round === 3)).toBe(true);
    } finally {
      await second.close();
    }
  });

  it("replays the lines a snapshot does not include, and ignores a torn last line (a write never acknowledged)", async () => {
    const state = seedState({ users: 4, seed: 7 });
    const [a, b] = [...state.users.keys()];
    const lines = [
      { seq: 1, changes: [{ field: "users", key: a, value: { ...state.users.get(a!), name: "one" } }] },
      {
        seq: 2,
        changes: [
          { field: "users", delete: b },
          { field: "bruteForceBlocks", value: [] },
        ],
      },
    ].map((line) => JSON.stringify(line));
    const bytes = Buffer.from(`${lines.join("\n")}\n{"seq":3,"changes":[{"field":"users","delete":`);
    const replayed = seedState({ users: 4, seed: 7 });
    expect(replayJournal(bytes, replayed, 0)).toBe(2);
    expect(replayed.users.get(a!)!.name).toBe("one");
    expect(replayed.users.has(b!)).toBe(false);
    expect(replayed.bruteForceBlocks).toEqual([]);
    // Lines the snapshot already includes are skipped.
    const later = seedState({ users: 4, seed: 7 });
    expect(replayJournal(bytes, later, 1)).toBe(2);
    expect(later.users.get(a!)!.name).toBe(state.users.get(a!)!.name);
    expect(() => replayJournal(Buffer.from("{broken\n{}\n"), seedState({ users: 1, seed: 1 }), 0)).toThrow(StateFileError);
  });

  it("costs nothing without --data: the state keeps plain Maps", async () => {
    const plain = await startTestEmulator({ users: 2, seed: 1 });
    try {
      expect(Object.getPrototypeOf(plain.emulator.state.users)).toBe(Map.prototype);
    } finally {
      await plain.close();
    }
  });
});
