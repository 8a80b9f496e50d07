import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startEmulator } from "../../src/emulator/index.js";
import { loadState, saveState, serializeState, StateFileError } from "../../src/emulator/persistence.js";
import { seedState } from "../../src/emulator/seed.js";
import { startTestEmulator } from "../support/emulator.js";

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
      const read = await second.call("GET", `/users/${encodeURIComponent(id)}`);
      expect(read.body.user_metadata.restarted).toBe("yes");
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
      ...blocked.map((id) => first.call("DELETE", `/user-blocks/${encodeURIComponent(id)}`)),
      ...guardian.map((id) => first.call("POST", `/users/${encodeURIComponent(id)}/recovery-code-regeneration`)),
    ]);
    expect(answers.map((a) => a.status)).toEqual([...blocked.map(() => 204), ...guardian.map(() => 200)]);
    const codes = answers.slice(blocked.length).map((a) => a.body.recovery_code);
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
