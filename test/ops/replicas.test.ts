import { spawn } from "node:child_process";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CallStatsSnapshot } from "../../src/emulator/stats.js";
import type { GraphQLAnswer } from "../support/graphql-answer.js";
import { startRedis, type TestRedis } from "../support/redis.js";
import { killGroup, type MainProcess, startMain } from "./support.js";
import { until } from "../support/until.js";

/**
 * Three gateway processes (as `npm start` runs them, in tenant mode) behind one emulator process at
 * 10 requests/s, sharing one redis-server: together they stay within the tenant's budget and fetch
 * one token; Redis dying mid-load costs callers nothing.
 */

const ROOT = resolve(import.meta.dirname, "../..");
const TSX_CLI = join(ROOT, "node_modules/tsx/dist/cli.mjs");
const QUERY = "query One($id: ID!) { user(id: $id) { email } }";

interface EmulatorProcess {
  url: string;
  stop(): void;
}

async function startEmulatorProcess(args: string[]): Promise<EmulatorProcess> {
  const child = spawn(process.execPath, [TSX_CLI, join(ROOT, "src/emulator/cli.ts"), "--port", "0", ...args], {
    cwd: ROOT,
    stdio: "pipe",
    detached: true,
  });
  let out = "";
  const url = await new Promise<string>((resolveUrl, reject) => {
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      out += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) resolveUrl(match[1]!);
    });
    child.stderr.resume();
    child.once("exit", (code) => reject(new Error(`the emulator exited (${code}):\n${out}`)));
  });
  return { url, stop: () => killGroup(child) };
}

/** A JSON answer whose shape the caller states. */
async function json<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  return (await response.json()) as T;
}

/** Readiness and the emulator's counts are read over HTTP: every 50 ms, for up to 15 s. */
const POLL = { timeoutMs: 15_000, intervalMs: 50 };

describe("three replicas of one tenant sharing Redis", () => {
  let redis: TestRedis;
  let emulator: EmulatorProcess;
  let gateways: MainProcess[] = [];
  let callerToken: string;
  let ids: string[];

  beforeAll(async () => {
    [redis, emulator] = await Promise.all([
      startRedis(),
      startEmulatorProcess(["--users", "20", "--rate-limit", "10", "--burst", "10", "--latency-ms", "20"]),
    ]);
    const env = {
      AUTH0_DOMAIN: emulator.url,
      AUTH0_CLIENT_ID: "usergraph-dev-client",
      AUTH0_CLIENT_SECRET: "usergraph-dev-secret",
      AUTH_ISSUER: `${emulator.url}/`,
      AUTH_AUDIENCE: "usergraph",
      REDIS_URL: redis.url,
      LOG_LEVEL: "info",
    };
    gateways = await Promise.all([startMain(env), startMain(env), startMain(env)]);
    callerToken = (
      await json<{ access_token: string }>(`${emulator.url}/__emulator/token`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ scope: "read:users", audience: "usergraph" }),
      })
    ).access_token;
    // The seeded ids, read once through the first gateway (one upstream call, counted below).
    const page = await post<{ users: { nodes: { id: string }[] } }>(gateways[0]!, "{ users(first: 20) { nodes { id } } }");
    ids = page.data!.users.nodes.map((n) => n.id);
  }, 120_000);

  afterAll(async () => {
    for (const gateway of gateways) gateway.kill();
    emulator?.stop();
    await redis?.stop();
  });

  async function post<TData>(
    gateway: MainProcess,
    query: string,
    variables?: object,
  ): Promise<GraphQLAnswer<TData> & { httpStatus: number }> {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${callerToken}` },
      body: JSON.stringify({ query, variables }),
    });
    return { httpStatus: response.status, ...((await response.json()) as GraphQLAnswer<TData>) };
  }

  /**
   * 4 clients per replica, each sending `user(id){email}` one after another until `stop()` says so;
   * the operations answered are counted by the `phase()` they were answered in.
   */
  async function load(stop: () => boolean, phase: () => string = () => "all") {
    const failures: unknown[] = [];
    const okByPhase: Record<string, number> = {};
    await Promise.all(
      gateways.flatMap((gateway, g) =>
        Array.from({ length: 4 }, async (_, c) => {
          for (let i = 0; i < 200 && !stop(); i += 1) {
            const id = ids[(g * 4 + c + i) % ids.length]!;
            const answer = await post<{ user: { email: string | null } | null }>(gateway, QUERY, { id });
            if (answer.httpStatus === 200 && !answer.errors && answer.data?.user?.email !== undefined) {
              okByPhase[phase()] = (okByPhase[phase()] ?? 0) + 1;
            } else failures.push(answer);
          }
        }),
      ),
    );
    return { ok: Object.values(okByPhase).reduce((a, b) => a + b, 0), okByPhase, failures };
  }

  it("keep within the tenant's 10 requests/s together (no 429) and fetch one token in all", { timeout: 60_000 }, async () => {
    const endAt = Date.now() + 4_000;
    const { ok, failures } = await load(() => Date.now() > endAt);
    expect(failures).toEqual([]);
    const stats = await json<CallStatsSnapshot>(`${emulator.url}/__emulator/stats`);
    console.info(
      `replicas: ${ok} operations in 4 s, upstream ${JSON.stringify(stats.byStatus)}, ${stats.byRoute["POST /oauth/token"]} token grant(s)`,
    );
    // Redis answered every replica throughout: none fell back to pacing alone.
    for (const gateway of gateways) expect(gateway.stdout()).not.toContain("Redis unreachable");
    expect(stats.byStatus["429"] ?? 0).toBe(0);
    expect(stats.byRoute["POST /oauth/token"]).toBe(1);
    // Every operation was one upstream read (plus the ids' page).
    expect(stats.byRoute["GET /api/v2/users/{id}"]).toBe(ok);
    expect(ok).toBeGreaterThan(20);
  });

  it("serve every caller while Redis is killed and restarted, reporting degraded on /readyz, then rejoin", {
    timeout: 90_000,
  }, async () => {
    const readyz = (gateway: MainProcess) => json<{ status: string; degraded?: { redis?: string } }>(`${gateway.url}/readyz`);
    let phase: "before" | "down" | "restarted" | "done" = "before";
    const running = load(
      () => phase === "done",
      () => phase,
    );
    const atStart = (await json<CallStatsSnapshot>(`${emulator.url}/__emulator/stats`)).total;
    await until(
      async () => (await json<CallStatsSnapshot>(`${emulator.url}/__emulator/stats`)).total > atStart + 20,
      "the load is under way",
      POLL,
    );

    await redis.kill();
    phase = "down";
    for (const gateway of gateways) {
      await until(
        async () => {
          const body = await readyz(gateway);
          return body.status === "degraded" && /Redis unreachable/.test(body.degraded?.redis ?? "");
        },
        "/readyz reports Redis degraded",
        POLL,
      );
    }
    const whileDown = (await json<CallStatsSnapshot>(`${emulator.url}/__emulator/stats`)).total;
    await until(
      async () => (await json<CallStatsSnapshot>(`${emulator.url}/__emulator/stats`)).total > whileDown + 10,
      "calls go on without Redis",
      POLL,
    );

    await redis.restart();
    phase = "restarted";
    for (const gateway of gateways) await until(async () => (await readyz(gateway)).status === "ready", "/readyz is ready again", POLL);
    const afterRestart = (await json<CallStatsSnapshot>(`${emulator.url}/__emulator/stats`)).total;
    await until(
      async () => (await json<CallStatsSnapshot>(`${emulator.url}/__emulator/stats`)).total > afterRestart + 10,
      "calls go on through Redis again",
      POLL,
    );
    phase = "done";

    const { okByPhase, failures } = await running;
    // Every caller answered, in each phase: with Redis, without it, and after it came back.
    expect(failures).toEqual([]);
    expect(okByPhase).toMatchObject({ before: expect.any(Number), down: expect.any(Number), restarted: expect.any(Number) });
    for (const gateway of gateways) {
      const lines = gateway.stdout().split("\n");
      expect(lines.filter((line) => line.includes("Redis unreachable"))).toHaveLength(1);
      expect(lines.filter((line) => line.includes("Redis reachable again"))).toHaveLength(1);
      expect(gateway.stdout()).not.toContain("usergraph-dev-secret");
      expect(gateway.stdout()).not.toMatch(/eyJ[A-Za-z0-9_-]{8,}\.eyJ/);
    }
  });
});
