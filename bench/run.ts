// The gateway's upstream efficiency, measured: `npm run bench`.
//
// Starts the emulator (every Management API answer takes 20 ms) and the gateway as `npm start` runs it
// (the compiled dist/main.js, in a child process so its CPU and memory are its own, read from /proc:
// RSS when it is ready, idle, and its peak under load), prepares a fixture over the Management API, and for each
// operation of bench/operations.ts measures: upstream calls (counted by the emulator) against the
// bound and the gateway's own estimate; throughput with 16 concurrent clients (autocannon, after an
// unmeasured warm-up) and the gateway's CPU per request during that load; p50/p95 latency of
// sequential runs against the critical path bound (round trips × 20 ms), and how long upstream calls
// were in flight. Then a bare Node server replays each read-only operation's upstream calls, in the
// same round trips (bench/floor-process.ts), measured the same way: what this machine costs for those
// calls without the gateway. Then a second emulator with a tenant rate limit of 10 requests/s: every operation
// once and 16 clients on operation 1, counting what reaches callers as errors. Prints tables and
// writes bench/results.json. Two more sections: operations 1 and 3 at the gateway's default
// concurrency (no AUTH0_MAX_CONCURRENCY: as many calls in flight as the tenant's bucket allows),
// beside a fixed 16; and three gateway replicas × 4 clients at a 10 requests/s tenant, with and
// without a shared redis-server (REDIS_URL), counting upstream 429s, ops/s and token grants.
//   BENCH_ONLY (comma-separated sections to run: latency, rate-limited, default-concurrency, replicas;
//   all by default; the others keep their figures from the previous bench/results.json),
//   BENCH_REPLICAS_DURATION (measured seconds, default 20) and BENCH_REPLICAS_WARMUP (default 5),
//   BENCH_RUNS (sequential runs per operation, default 50), BENCH_DURATION (seconds of load per
//   operation, default 3), BENCH_WARMUP (seconds of unmeasured load before it, default 2),
//   BENCH_PROCESS_WARMUP (seconds of load on a new server process, default 8),
//   BENCH_RATE_LIMITED_DURATION (default 5), BENCH_GATEWAY_NODE_ARGS (Node flags for the gateway process
//   besides npm start's, e.g. "--max-semi-space-size=64", or "none" for Node's defaults; a run with it
//   writes bench/results-tuned.json).
import { execFileSync, fork, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { request as undiciRequest } from "undici";
import { COST_HEADER } from "../src/cost/plugin.js";
import { startEmulator, type RecordedRequest, type RunningEmulator } from "../src/emulator/index.js";
import { DATABASE_CONNECTION } from "../src/emulator/seed-catalog.js";
import { startRedis } from "../test/support/redis.js";
import type { FloorPlan, GatewayMessage } from "./floor-process.js";
import { gatewayNodeFlags } from "./gateway-flags.js";
import { benchOperations, prepareFixture, type BenchOperation, type Fixture, type GraphQLRequest } from "./operations.js";

const LATENCY_MS = 20;
const RATE_LIMIT = 10;
const CONNECTIONS = 16;
const WARMUP_RUNS = 20;
const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const DURATION_S = Number(process.env.BENCH_DURATION ?? 3);
const RATE_LIMITED_DURATION_S = Number(process.env.BENCH_RATE_LIMITED_DURATION ?? 5);
/**
 * Seconds of unmeasured load on operation 1 when a server process starts, and of each operation's
 * own load before it is measured: V8 optimises hot code only after a while (on this machine a new
 * gateway process reaches its steady CPU per request after some 7 s of load).
 */
const PROCESS_WARMUP_S = Number(process.env.BENCH_PROCESS_WARMUP ?? 8);
const WARMUP_S = Number(process.env.BENCH_WARMUP ?? 2);
/** Node/V8 flags of the gateway process: `npm start`'s, and BENCH_GATEWAY_NODE_ARGS to measure another tuning. */
const TUNED = (process.env.BENCH_GATEWAY_NODE_ARGS ?? "").trim() !== "";
const GATEWAY_NODE_ARGS = gatewayNodeFlags();
/** Where the figures go: bench/results.json, or bench/results-tuned.json for a run with other flags than npm start's. */
const RESULTS_FILE = new URL(TUNED ? "./results-tuned.json" : "./results.json", import.meta.url);
/** Upstream calls in flight at once: enough for operation 4's 150 parallel reads to go out together. */
const GATEWAY_CONCURRENCY = 200;
const SECTIONS = ["latency", "rate-limited", "default-concurrency", "replicas"] as const;
type Section = (typeof SECTIONS)[number];
const ONLY = new Set((process.env.BENCH_ONLY ?? SECTIONS.join(",")).split(",").map((name) => name.trim()));
for (const name of ONLY)
  if (!(SECTIONS as readonly string[]).includes(name))
    throw new Error(`BENCH_ONLY: unknown section ${name}; expected ${SECTIONS.join(", ")}`);
const runs = (section: Section) => ONLY.has(section);
const REPLICAS = 3;
const CLIENTS_PER_REPLICA = 4;
const REPLICAS_DURATION_S = Number(process.env.BENCH_REPLICAS_DURATION ?? 20);
const REPLICAS_WARMUP_S = Number(process.env.BENCH_REPLICAS_WARMUP ?? 5);
const AUDIENCE = "usergraph-bench";
const CALLER_SCOPES =
  "read:users create:users update:users read:roles create:role_members read:organizations read:logs " +
  "read:sessions read:refresh_tokens read:authentication_methods";

// ── the gateway process ──────────────────────────────────────────────────────────────────────────

interface GatewayProcess {
  url: string;
  /** Resident memory when it was ready, before any request. */
  idleRssBytes?: number;
  usage(): Promise<{ cpuMicros: number; maxRssBytes: number }>;
  /** The floor process only: the upstream calls to make per request. */
  plan(rounds: FloorPlan): Promise<void>;
  stop(): Promise<void>;
}

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The environment of a process under benchmark: the gateway against the benchmark's emulator, as a tenant. */
function benchEnv(emulator: RunningEmulator, env: Record<string, string>): Record<string, string> {
  return {
    ...(process.env.PATH ? { PATH: process.env.PATH } : {}),
    ...(process.env.HOME ? { HOME: process.env.HOME } : {}),
    NODE_ENV: "production",
    LOG_LEVEL: "silent",
    GRAPHIQL: "false",
    AUTH0_DOMAIN: emulator.url,
    AUTH0_CLIENT_ID: emulator.clientId,
    AUTH0_CLIENT_SECRET: emulator.clientSecret,
    AUTH_ISSUER: `${emulator.url}/`,
    AUTH_AUDIENCE: AUDIENCE,
    ...env,
  };
}

/** A process's CPU time (utime + stime) and resident memory, current and peak, from Linux's /proc. */
function procUsage(pid: number): { cpuMicros: number; rssBytes: number; maxRssBytes: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // Fields 14 and 15 of stat (utime, stime) in clock ticks; USER_HZ is 100 on Linux.
  const ticks = Number(fields[11]) + Number(fields[12]);
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN) * 1024;
  return { cpuMicros: ticks * 10_000, rssBytes: kb("VmRSS"), maxRssBytes: kb("VmHWM") };
}

/**
 * The gateway as `npm start` runs it: the compiled `dist/main.js` (built first) with npm start's Node
 * flags, in tenant mode against the benchmark's emulator, its CPU and memory read from /proc.
 */
async function startGateway(emulator: RunningEmulator, env: Record<string, string>): Promise<GatewayProcess> {
  const child = spawn(process.execPath, [...GATEWAY_NODE_ARGS, "dist/main.js"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "inherit"],
    env: benchEnv(emulator, { HOST: "127.0.0.1", PORT: "0", ...env }),
  });
  let out = "";
  const url = await new Promise<string>((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`dist/main.js exited (${code}) before listening:\n${out}`));
    child.once("exit", onExit);
    child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
      out += chunk;
      const match = /GraphQL\s+(http:\/\/\S+)\/graphql/.exec(out);
      if (match) {
        child.off("exit", onExit);
        resolve(match[1]!);
      }
    });
  });
  child.stdout!.resume();
  const pid = child.pid!;
  return {
    url,
    idleRssBytes: procUsage(pid).rssBytes,
    usage: async () => procUsage(pid),
    plan: () => Promise.reject(new Error("the gateway takes no plan")),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const force = setTimeout(() => child.kill("SIGKILL"), 15_000);
        child.once("exit", () => {
          clearTimeout(force);
          resolve();
        });
        child.kill("SIGTERM");
      }),
  };
}

async function startProcess(
  script: string,
  emulator: RunningEmulator,
  env: Record<string, string>,
  nodeArgs: string[] = [],
): Promise<GatewayProcess> {
  const child = fork(fileURLToPath(new URL(script, import.meta.url)), [], {
    execArgv: ["--import", "tsx", ...nodeArgs],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    env: benchEnv(emulator, env),
  });
  const next = () =>
    new Promise<GatewayMessage>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`the gateway process exited (${code})`));
      child.once("exit", onExit);
      child.once("message", (message) => {
        child.off("exit", onExit);
        resolve(message as GatewayMessage);
      });
    });
  const ready = await next();
  if (ready.type !== "ready") throw new Error(`${script} did not start: ${ready.type === "failed" ? ready.message : ready.type}`);
  return {
    url: ready.url,
    async usage() {
      const answer = next();
      child.send({ type: "usage" });
      const usage = await answer;
      if (usage.type !== "usage") throw new Error("unexpected answer from the gateway process");
      return usage;
    },
    async plan(rounds) {
      const answer = next();
      child.send({ type: "plan", rounds });
      if ((await answer).type !== "planned") throw new Error(`${script} did not take the plan`);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const force = setTimeout(() => child.kill(), 5_000);
        child.once("exit", () => {
          clearTimeout(force);
          resolve();
        });
        child.send({ type: "stop" });
      }),
  };
}

// ── requests ─────────────────────────────────────────────────────────────────────────────────────

interface Answer {
  status: number;
  body: {
    data?: unknown;
    errors?: { message: string; extensions?: { code?: string } }[];
    extensions?: { cost?: { estimated: number; upstreamCalls: number } };
  };
}

// undici's request rather than fetch: the client's own work adds to every measured latency.
async function post(url: string, token: string, request: GraphQLRequest, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await undiciRequest(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify(request),
  });
  return { status: response.statusCode, body: (await response.body.json()) as Answer["body"] };
}

let uniqueCounter = 0;
const unique = () => {
  uniqueCounter += 1;
  return `${process.pid}-${Date.now()}-${uniqueCounter}`;
};

/** What went wrong in an answer, as error codes (an HTTP error status counts as `HTTP <status>`). */
function problemsOf(answer: Answer): string[] {
  const problems = (answer.body.errors ?? []).map((error) => error.extensions?.code ?? error.message);
  if (answer.status !== 200) problems.push(`HTTP ${answer.status}`);
  return problems;
}

interface Run {
  ms: number;
  problems: string[];
  estimated: number;
  /** How long at least one upstream call was in flight during the run, when known. */
  upstreamMs?: number;
}

async function runOnce(url: string, token: string, op: BenchOperation, headers: Record<string, string> = {}): Promise<Run> {
  const started = performance.now();
  const problems: string[] = [];
  let previous: unknown;
  let estimated = 0;
  const id = unique();
  for (const step of op.steps) {
    const answer = await post(url, token, step(previous, id), headers);
    problems.push(...problemsOf(answer));
    estimated += answer.body.extensions?.cost?.estimated ?? Number.NaN;
    previous = answer.body.data;
  }
  return { ms: performance.now() - started, problems, estimated };
}

function managementCalls(emulator: RunningEmulator): number {
  return Object.entries(emulator.stats().byRoute)
    .filter(([route]) => route.includes(" /api/v2/"))
    .reduce((sum, [, count]) => sum + count, 0);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

interface Load {
  opsPerSecond: number;
  /** The server's CPU time over the requests it answered (steady state, hundreds of requests). */
  cpuMsPerRequest: number;
  failed: number;
  problems: Set<string>;
}

/**
 * 16 clients sending the operation back to back for `seconds` (after `warmupSeconds` of the same,
 * unmeasured): operations per second, CPU per request, answers with errors.
 */
async function load(
  server: GatewayProcess,
  token: string,
  op: Pick<BenchOperation, "steps">,
  seconds: number,
  warmupSeconds = WARMUP_S,
): Promise<Load> {
  const url = server.url;
  let failed = 0;
  const problems = new Set<string>();
  const onResponse = (status: number, body: string, context: Record<string, unknown>) => {
    let parsed: Answer["body"] | undefined;
    try {
      parsed = JSON.parse(body) as Answer["body"];
    } catch {
      parsed = undefined;
    }
    const found = parsed ? problemsOf({ status, body: parsed }) : [`HTTP ${status}`];
    if (found.length > 0) {
      failed += 1;
      for (const problem of found) problems.add(problem);
    }
    context.previous = parsed?.data;
  };
  const headers = { "content-type": "application/json", authorization: `Bearer ${token}` };
  const run = (duration: number) =>
    autocannon({
      url: `${url}/graphql`,
      connections: CONNECTIONS,
      duration,
      timeout: 30,
      requests: op.steps.map((step) => ({
        method: "POST",
        path: "/graphql",
        headers,
        setupRequest: (request, context) => ({ ...request, body: JSON.stringify(step(context.previous, unique())) }),
        onResponse,
      })),
    });
  if (warmupSeconds > 0) await run(warmupSeconds);
  const before = await server.usage();
  const result = await run(seconds);
  const after = await server.usage();
  const completed = result.requests.total;
  return {
    opsPerSecond: completed / op.steps.length / result.duration,
    cpuMsPerRequest: completed > 0 ? (after.cpuMicros - before.cpuMicros) / 1000 / completed : Number.NaN,
    failed: failed + result.errors + result.timeouts,
    problems,
  };
}

// ── the variants ─────────────────────────────────────────────────────────────────────────────────

interface LatencyRow {
  op: string;
  title: string;
  callsBound: number;
  calls: number;
  estimated: number;
  roundTrips: number;
  boundMs: number;
  /** Time at least one upstream call was in flight in a run, as the emulator saw it: p50 of the sequential runs. */
  upstreamMs: number;
  p50Ms: number;
  p95Ms: number;
  /** p50 of a bare Node server making the same calls in the same round trips; null for writes. */
  floorP50Ms: number | null;
  opsPerSecond: number;
  cpuMsPerRequest: number;
  problems: string[];
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

async function adminRest(emulator: RunningEmulator) {
  const token = await emulator.mintToken({
    scope: "read:users read:roles create:role_members update:users",
  });
  return async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${emulator.url}/api/v2${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { "content-type": "application/json" } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
}

/** Sequential runs: p50/p95. */
async function sequential(run: () => Promise<Run>) {
  const timings: number[] = [];
  const upstream: number[] = [];
  const problems = new Set<string>();
  for (let i = 0; i < RUNS; i += 1) {
    const result = await run();
    timings.push(result.ms);
    if (result.upstreamMs !== undefined) upstream.push(result.upstreamMs);
    for (const problem of result.problems) problems.add(problem);
  }
  timings.sort((a, b) => a - b);
  upstream.sort((a, b) => a - b);
  return {
    p50Ms: round(percentile(timings, 0.5)),
    p95Ms: round(percentile(timings, 0.95)),
    upstreamP50Ms: upstream.length > 0 ? round(percentile(upstream, 0.5)) : Number.NaN,
    problems,
  };
}

/**
 * The upstream side of one run, from the emulator's request log: its calls in round trips (a call
 * that arrived while an earlier one was unanswered joins that one's round trip), and the time at
 * least one call was in flight — the part of the run's latency the upstream accounts for.
 */
function upstreamSide(log: readonly RecordedRequest[]): { rounds: FloorPlan; onlyReads: boolean; upstreamMs: number } {
  const calls = log
    .filter((request) => request.url.startsWith("/api/v2/"))
    .map((request) => ({ ...request, end: request.receivedAt + (request.answeredInMs ?? 0) }))
    .sort((a, b) => a.receivedAt - b.receivedAt);
  const rounds: FloorPlan = [];
  let upstreamMs = 0;
  let roundStart = Number.NEGATIVE_INFINITY;
  let roundEnd = Number.NEGATIVE_INFINITY;
  for (const call of calls) {
    if (call.receivedAt >= roundEnd) {
      if (rounds.length > 0) upstreamMs += roundEnd - roundStart;
      rounds.push([]);
      roundStart = call.receivedAt;
    }
    rounds.at(-1)!.push(call.url);
    roundEnd = Math.max(roundEnd, call.end);
  }
  if (rounds.length > 0) upstreamMs += roundEnd - roundStart;
  return { rounds, onlyReads: calls.every((call) => call.method === "GET"), upstreamMs: round(upstreamMs) };
}

interface Floor {
  /** Operation 1's calls under load: requests per second and CPU per request. */
  opsPerSecond: number;
  cpuMsPerRequest: number;
  /** Sequential p50 of each read-only operation's calls (by operation id). */
  p50MsByOp: Record<string, number>;
}

/**
 * The bare server of bench/floor-process.ts making each read-only operation's upstream calls, as
 * the gateway made them, measured the same way: sequential p50 for each, load for operation 1.
 */
async function floorOf(emulator: RunningEmulator, plans: { op: string; rounds: FloorPlan }[]): Promise<Floor> {
  const token = await emulator.mintToken({
    scope: "read:users read:roles read:organizations read:logs read:sessions read:refresh_tokens read:authentication_methods",
  });
  const floor = await startProcess("./floor-process.ts", emulator, {
    FLOOR_UPSTREAM_ORIGIN: emulator.url,
    FLOOR_UPSTREAM_TOKEN: token,
    FLOOR_CONNECTIONS: String(GATEWAY_CONCURRENCY),
  });
  try {
    const once = async (): Promise<Run> => {
      const started = performance.now();
      const response = await undiciRequest(`${floor.url}/graphql`, { method: "POST", body: "{}" });
      await response.body.text();
      return {
        ms: performance.now() - started,
        problems: response.statusCode === 200 ? [] : [`HTTP ${response.statusCode}`],
        estimated: 0,
      };
    };
    const result: Floor = { opsPerSecond: Number.NaN, cpuMsPerRequest: Number.NaN, p50MsByOp: {} };
    for (const { op, rounds } of plans) {
      process.stderr.write(`latency ${LATENCY_MS} ms: the floor for operation ${op}\n`);
      await floor.plan(rounds);
      for (let i = 0; i < WARMUP_RUNS; i += 1) await once();
      if (op === "1") {
        // The floor process is new here: the gateway's process warm-up, as its warm-up.
        const loaded = await load(floor, "none", { steps: [() => ({ query: "{}" })] }, DURATION_S, PROCESS_WARMUP_S);
        result.opsPerSecond = round(loaded.opsPerSecond, 0);
        result.cpuMsPerRequest = round(loaded.cpuMsPerRequest, 2);
      }
      result.p50MsByOp[op] = (await sequential(once)).p50Ms;
    }
    return result;
  } finally {
    await floor.stop();
  }
}

async function latencyVariant(
  emulator: RunningEmulator,
  fixture: Fixture,
): Promise<{ rows: LatencyRow[]; idleRssMB: number; peakRssMB: number; floor: Floor }> {
  const gateway = await startGateway(emulator, {
    AUTH0_MAX_CONCURRENCY: String(GATEWAY_CONCURRENCY),
    AUTH0_MAX_CONNECTIONS: String(GATEWAY_CONCURRENCY),
  });
  const rows: LatencyRow[] = [];
  const plans: { op: string; rounds: FloorPlan }[] = [];
  let peakRssMB: number;
  const idleRssMB = round((gateway.idleRssBytes ?? Number.NaN) / 2 ** 20, 0);
  try {
    const token = await emulator.mintToken({ scope: CALLER_SCOPES, audience: AUDIENCE });
    const operations = benchOperations(fixture);
    process.stderr.write(`latency ${LATENCY_MS} ms: warming the gateway up (${PROCESS_WARMUP_S} s of operation 1)\n`);
    await load(gateway, token, operations[0]!, PROCESS_WARMUP_S, 0);
    for (const op of operations) {
      process.stderr.write(`latency ${LATENCY_MS} ms: operation ${op.id} (${op.title})\n`);
      for (let i = 0; i < WARMUP_RUNS; i += 1) await runOnce(gateway.url, token, op);

      emulator.resetStats();
      const counted = await runOnce(gateway.url, token, op, { [COST_HEADER]: "1" });
      const calls = managementCalls(emulator);
      const upstream = upstreamSide(emulator.requests());
      if (upstream.onlyReads) plans.push({ op: op.id, rounds: upstream.rounds });

      // Under load first, so that the sequential runs meet code V8 has already optimised.
      const loaded = await load(gateway, token, op, DURATION_S);
      const measured = await sequential(async () => {
        emulator.resetStats();
        const run = await runOnce(gateway.url, token, op);
        return { ...run, upstreamMs: upstreamSide(emulator.requests()).upstreamMs };
      });
      const problems = new Set([...counted.problems, ...measured.problems, ...loaded.problems]);
      rows.push({
        op: op.id,
        title: op.title,
        callsBound: op.bound.calls,
        calls,
        estimated: counted.estimated,
        roundTrips: op.bound.roundTrips,
        boundMs: op.bound.roundTrips * LATENCY_MS,
        upstreamMs: measured.upstreamP50Ms,
        p50Ms: measured.p50Ms,
        p95Ms: measured.p95Ms,
        floorP50Ms: null,
        opsPerSecond: round(loaded.opsPerSecond, 0),
        cpuMsPerRequest: round(loaded.cpuMsPerRequest, 2),
        problems: [...problems],
      });
    }
    peakRssMB = round((await gateway.usage()).maxRssBytes / 2 ** 20, 0);
  } finally {
    await gateway.stop();
  }
  const floor = await floorOf(emulator, plans);
  for (const row of rows) row.floorP50Ms = floor.p50MsByOp[row.op] ?? null;
  return { rows, idleRssMB, peakRssMB, floor };
}

interface RateLimitedResult {
  rows: { op: string; title: string; calls: number; ms: number; problems: string[] }[];
  load: { op: string; seconds: number; opsPerSecond: number; failed: number; problems: string[] };
  upstream429s: number | null;
  peakRssMB: number;
}

const RATE_LIMITED_METRIC = "usergraph_upstream_rate_limited_total";

/** The gateway's own count of 429s it received (and absorbed), from its /metrics; null without the metric. */
async function upstream429s(url: string): Promise<number | null> {
  const text = await (await fetch(`${url}/metrics`)).text();
  if (!text.includes(`# TYPE ${RATE_LIMITED_METRIC} `)) return null;
  const samples = text
    .split("\n")
    .filter((line) => line.startsWith(`${RATE_LIMITED_METRIC} `) || line.startsWith(`${RATE_LIMITED_METRIC}{`));
  return samples.reduce((sum, line) => sum + Number(line.split(" ").at(-1)), 0);
}

async function rateLimitedVariant(emulator: RunningEmulator, fixture: Fixture): Promise<RateLimitedResult> {
  const gateway = await startGateway(emulator, {});
  try {
    const token = await emulator.mintToken({ scope: CALLER_SCOPES, audience: AUDIENCE });
    const rows: RateLimitedResult["rows"] = [];
    const operations = benchOperations(fixture);
    for (const op of operations) {
      process.stderr.write(`rate limit ${RATE_LIMIT}/s: operation ${op.id} (${op.title})\n`);
      emulator.resetStats();
      const run = await runOnce(gateway.url, token, op);
      rows.push({ op: op.id, title: op.title, calls: managementCalls(emulator), ms: round(run.ms, 0), problems: run.problems });
    }
    const first = operations[0]!;
    process.stderr.write(`rate limit ${RATE_LIMIT}/s: ${CONNECTIONS} clients on operation ${first.id} for ${RATE_LIMITED_DURATION_S} s\n`);
    const loaded = await load(gateway, token, first, RATE_LIMITED_DURATION_S, 0);
    const { maxRssBytes } = await gateway.usage();
    return {
      rows,
      load: {
        op: first.id,
        seconds: RATE_LIMITED_DURATION_S,
        opsPerSecond: round(loaded.opsPerSecond, 1),
        failed: loaded.failed,
        problems: [...loaded.problems],
      },
      upstream429s: await upstream429s(gateway.url),
      peakRssMB: round(maxRssBytes / 2 ** 20, 0),
    };
  } finally {
    await gateway.stop();
  }
}

interface DefaultConcurrencyRow {
  settings: string;
  op1P50Ms: number;
  op3P50Ms: number;
  op3P95Ms: number;
  op3UpstreamMs: number;
  /** Operation 3's bound plus the gateway's own overhead on operation 1 (its p50 over its bound). */
  targetMs: number;
  problems: string[];
}

/**
 * Operations 1 and 3 against a gateway at its default settings (the tenant's bucket bounds the calls
 * in flight) and, for comparison in the same run, with the former fixed 16 and with the latency
 * table's 200.
 */
async function defaultConcurrencyVariant(emulator: RunningEmulator, fixture: Fixture): Promise<DefaultConcurrencyRow[]> {
  const rows: DefaultConcurrencyRow[] = [];
  const operations = benchOperations(fixture);
  const [op1, op3] = [operations.find((op) => op.id === "1")!, operations.find((op) => op.id === "3")!];
  for (const [settings, env] of [
    ["defaults (no AUTH0_MAX_CONCURRENCY)", {}],
    ["AUTH0_MAX_CONCURRENCY=16 (the former default)", { AUTH0_MAX_CONCURRENCY: "16" }],
    [
      `AUTH0_MAX_CONCURRENCY=${GATEWAY_CONCURRENCY} (the latency table's setting)`,
      { AUTH0_MAX_CONCURRENCY: String(GATEWAY_CONCURRENCY), AUTH0_MAX_CONNECTIONS: String(GATEWAY_CONCURRENCY) },
    ],
  ] as const) {
    const gateway = await startGateway(emulator, env);
    try {
      const token = await emulator.mintToken({ scope: CALLER_SCOPES, audience: AUDIENCE });
      process.stderr.write(`default concurrency: ${settings}: warming the gateway up (${PROCESS_WARMUP_S} s of operation 1)\n`);
      await load(gateway, token, op1, PROCESS_WARMUP_S, 0);
      for (let i = 0; i < WARMUP_RUNS; i += 1) await runOnce(gateway.url, token, op3);
      const one = await sequential(() => runOnce(gateway.url, token, op1));
      const three = await sequential(async () => {
        emulator.resetStats();
        const run = await runOnce(gateway.url, token, op3);
        return { ...run, upstreamMs: upstreamSide(emulator.requests()).upstreamMs };
      });
      rows.push({
        settings,
        op1P50Ms: one.p50Ms,
        op3P50Ms: three.p50Ms,
        op3P95Ms: three.p95Ms,
        op3UpstreamMs: three.upstreamP50Ms,
        targetMs: round(op3.bound.roundTrips * LATENCY_MS + (one.p50Ms - op1.bound.roundTrips * LATENCY_MS)),
        problems: [...new Set([...one.problems, ...three.problems])],
      });
    } finally {
      await gateway.stop();
    }
  }
  return rows;
}

interface ReplicasRow {
  redis: boolean;
  replicas: number;
  clientsPerReplica: number;
  seconds: number;
  opsPerSecond: number;
  /** ops/s over the tenant's rate. */
  shareOfTenantRate: number;
  upstream429s: number;
  upstreamCalls: number;
  tokenGrants: number;
  failed: number;
  problems: string[];
}

/**
 * Three gateway processes, each with 4 clients on operation 1, at a tenant limited to 10 requests/s
 * (burst 10): with a shared redis-server and without. Load runs on all replicas at once; the first
 * seconds (the burst, the rate being learnt) are not measured; token grants are counted from the start.
 */
async function replicasVariant(withRedis: boolean): Promise<ReplicasRow> {
  const emulator = await startEmulator({
    host: "127.0.0.1",
    port: 0,
    users: 1,
    latencyMs: LATENCY_MS,
    rateLimit: RATE_LIMIT,
    burst: RATE_LIMIT,
  });
  const redis = withRedis ? await startRedis() : undefined;
  const gateways: GatewayProcess[] = [];
  try {
    for (let i = 0; i < REPLICAS; i += 1) gateways.push(await startGateway(emulator, redis ? { REDIS_URL: redis.url } : {}));
    const token = await emulator.mintToken({ scope: CALLER_SCOPES, audience: AUDIENCE });
    const [user] = emulator.state.users.keys();
    const body = JSON.stringify({ query: `query User($id: ID!) { user(id: $id) { email } }`, variables: { id: user } });
    let failed = 0;
    const problems = new Set<string>();
    const run = (duration: number) =>
      Promise.all(
        gateways.map((gateway) =>
          autocannon({
            url: `${gateway.url}/graphql`,
            connections: CLIENTS_PER_REPLICA,
            duration,
            timeout: 30,
            requests: [
              {
                method: "POST",
                path: "/graphql",
                headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
                body,
                onResponse: (status: number, text: string) => {
                  let found: string[];
                  try {
                    found = problemsOf({ status, body: JSON.parse(text) as Answer["body"] });
                  } catch {
                    found = [`HTTP ${status}`];
                  }
                  if (found.length > 0) {
                    failed += 1;
                    for (const problem of found) problems.add(problem);
                  }
                },
              },
            ],
          }),
        ),
      );
    process.stderr.write(
      `replicas (${withRedis ? "shared Redis" : "no Redis"}): ${REPLICAS} × ${CLIENTS_PER_REPLICA} ` +
        `clients, ${REPLICAS_WARMUP_S} s unmeasured then ${REPLICAS_DURATION_S} s\n`,
    );
    if (REPLICAS_WARMUP_S > 0) await run(REPLICAS_WARMUP_S);
    const before = emulator.stats();
    failed = 0;
    const results = await run(REPLICAS_DURATION_S);
    const after = emulator.stats();
    const completed = results.reduce((sum, r) => sum + r.requests.total, 0);
    const seconds = Math.max(...results.map((r) => r.duration));
    const opsPerSecond = completed / seconds;
    const delta = (key: string, of: (s: typeof after) => Record<string, number>) => (of(after)[key] ?? 0) - (of(before)[key] ?? 0);
    return {
      redis: withRedis,
      replicas: REPLICAS,
      clientsPerReplica: CLIENTS_PER_REPLICA,
      seconds: round(seconds, 1),
      opsPerSecond: round(opsPerSecond, 2),
      shareOfTenantRate: round(opsPerSecond / RATE_LIMIT, 3),
      upstream429s: delta("429", (s) => s.byStatus),
      upstreamCalls: delta("GET /api/v2/users/{id}", (s) => s.byRoute),
      tokenGrants: after.byRoute["POST /oauth/token"] ?? 0,
      failed: failed + results.reduce((sum, r) => sum + r.errors + r.timeouts, 0),
      problems: [...problems],
    };
  } finally {
    for (const gateway of gateways) await gateway.stop();
    await redis?.stop();
    await emulator.close();
  }
}

// ── main ─────────────────────────────────────────────────────────────────────────────────────────

// The gateway under benchmark is the compiled program `npm start` runs: build dist/ when stale.
execFileSync(
  process.execPath,
  [fileURLToPath(new URL("../node_modules/typescript/bin/tsc", import.meta.url)), "-b", "tsconfig.build.json"],
  {
    cwd: ROOT,
    stdio: "inherit",
  },
);

/** bench/results.json as the previous run wrote it: each section, when it ran. */
interface PreviousResults {
  latency?: Awaited<ReturnType<typeof latencyVariant>> & { run?: object };
  defaultConcurrency?: { rows: DefaultConcurrencyRow[]; run: object };
  rateLimited?: RateLimitedResult & { run?: object };
  replicas?: { rows: ReplicasRow[]; run: object };
}

const started = performance.now();
const loadBefore = os.loadavg()[0]!;
/** Sections not run this time keep the figures of the previous run (each section says when it ran). */
const previous = await readFile(RESULTS_FILE, "utf8").then(
  (text) => JSON.parse(text) as PreviousResults,
  (): PreviousResults => ({}),
);
const sectionRun = () => ({ generatedAt: new Date().toISOString(), loadAverage: round(os.loadavg()[0]!, 2) });
const emulator = await startEmulator({ host: "127.0.0.1", port: 0, users: 200, seed: 1, latencyMs: LATENCY_MS });
let latency: (Awaited<ReturnType<typeof latencyVariant>> & { run?: object }) | undefined = previous.latency;
let defaultConcurrency: { rows: DefaultConcurrencyRow[]; run: object } | undefined = previous.defaultConcurrency;
let fixture: Fixture;
try {
  fixture = await prepareFixture(await adminRest(emulator), { connection: DATABASE_CONNECTION });
  if (runs("latency")) latency = { ...(await latencyVariant(emulator, fixture)), run: sectionRun() };
  if (runs("default-concurrency")) defaultConcurrency = { rows: await defaultConcurrencyVariant(emulator, fixture), run: sectionRun() };
} finally {
  await emulator.close();
}
// The same tenant (state), now behind a rate limit of 10 requests a second.
let rateLimited: (RateLimitedResult & { run?: object }) | undefined = previous.rateLimited;
if (runs("rate-limited")) {
  const limited = await startEmulator({ host: "127.0.0.1", port: 0, state: emulator.state, latencyMs: LATENCY_MS, rateLimit: RATE_LIMIT });
  try {
    rateLimited = { ...(await rateLimitedVariant(limited, fixture)), run: sectionRun() };
  } finally {
    await limited.close();
  }
}
let replicas: { rows: ReplicasRow[]; run: object } | undefined = previous.replicas;
if (runs("replicas")) replicas = { rows: [await replicasVariant(true), await replicasVariant(false)], run: sectionRun() };

const results = {
  generatedAt: new Date().toISOString(),
  sectionsRun: [...ONLY],
  environment: {
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    platform: `${os.platform()} ${os.arch()}`,
    // Other work on the machine skews every figure: the 1-minute load average before and after.
    loadAverage: [round(loadBefore, 2), round(os.loadavg()[0]!, 2)],
  },
  settings: {
    upstreamLatencyMs: LATENCY_MS,
    sequentialRuns: RUNS,
    loadSeconds: DURATION_S,
    warmupSeconds: { process: PROCESS_WARMUP_S, perOperation: WARMUP_S },
    concurrentClients: CONNECTIONS,
    gatewayUpstreamConcurrency: GATEWAY_CONCURRENCY,
    gatewayNodeArgs: GATEWAY_NODE_ARGS,
    rateLimitPerSecond: RATE_LIMIT,
    replicas: {
      replicas: REPLICAS,
      clientsPerReplica: CLIENTS_PER_REPLICA,
      seconds: REPLICAS_DURATION_S,
      warmupSeconds: REPLICAS_WARMUP_S,
    },
  },
  latency,
  rateLimited,
  defaultConcurrency,
  replicas,
  totalSeconds: round((performance.now() - started) / 1000, 0),
};
await writeFile(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);

const over = (ms: number, than: number) => `${ms - than >= 0 ? "+" : "−"}${round(Math.abs(ms - than))}`;
const out: string[] = [];
if (runs("latency") && latency) {
  const problems = latency.rows.filter((r) => r.problems.length > 0).map((r) => `operation ${r.op}: ${r.problems.join(", ")}`);
  out.push(
    `Upstream latency ${LATENCY_MS} ms; ${RUNS} sequential runs per operation; ${CONNECTIONS} ` +
      `concurrent clients for ${DURATION_S} s; gateway with ${GATEWAY_CONCURRENCY} upstream calls in ` +
      `flight and ${GATEWAY_NODE_ARGS.length > 0 ? GATEWAY_NODE_ARGS.join(" ") : "Node's default flags"}; ` +
      `${results.environment.cpus} CPUs (load average ${results.environment.loadAverage.join(" → ")}), ` +
      `Node ${process.version}.`,
    "",
    "| # | operation | upstream calls (bound / estimated) | bound ms | upstream ms | p50 / p95 ms | p50 " +
      "vs bound | p50 vs upstream | floor p50 ms | p50 vs floor | ops/s @16 | gateway CPU ms/req |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ...latency.rows.map(
      (r) =>
        `| ${r.op} | ${r.title} | ${r.calls} (${r.callsBound} / ` +
        `${r.estimated})${r.calls === r.callsBound ? "" : " ≠ bound"} | ${r.boundMs} | ${r.upstreamMs} | ` +
        `${r.p50Ms} / ${r.p95Ms} | ` +
        `${over(r.p50Ms, r.boundMs)}${r.p50Ms <= r.boundMs + 5 ? "" : " (> 5)"} | ` +
        `${over(r.p50Ms, r.upstreamMs)} | ${r.floorP50Ms ?? "—"} | ` +
        `${r.floorP50Ms === null ? "—" : over(r.p50Ms, r.floorP50Ms)} | ${r.opsPerSecond} | ` +
        `${r.cpuMsPerRequest} |`,
    ),
    "",
    `Gateway (compiled dist/main.js) RSS: ${latency.idleRssMB} MB idle after start, ` +
      `${latency.peakRssMB} MB peak under load.${problems.length ? ` Errors: ${problems.join("; ")}.` : ""}`,
    "upstream ms: the time at least one upstream call was in flight, as the emulator saw it (p50 of the " +
      "sequential runs). floor: a bare node:http server making the same upstream calls in the same round " +
      "trips with undici, measured the same way (read-only operations).",
    `The floor for operation 1 under load: ${latency.floor.opsPerSecond} requests/s @16, ` +
      `${latency.floor.cpuMsPerRequest} ms CPU per request.`,
    "",
  );
}
if (runs("rate-limited") && rateLimited) {
  out.push(
    `Tenant rate limit ${RATE_LIMIT} requests/s (gateway defaults: calls in flight as the tenant's ` +
      `bucket allows, paced by the rate-limit headers):`,
    "",
    "| # | operation | upstream calls | ms | errors to the caller |",
    "|---|---|---|---|---|",
    ...rateLimited.rows.map(
      (r) => `| ${r.op} | ${r.title} | ${r.calls} | ${r.ms} | ${r.problems.length === 0 ? "none" : r.problems.join(", ")} |`,
    ),
    "",
    `${CONNECTIONS} clients on operation ${rateLimited.load.op} for ${rateLimited.load.seconds} s: ` +
      `${rateLimited.load.opsPerSecond} ops/s, ${rateLimited.load.failed} answers with ` +
      `errors${rateLimited.load.problems.length ? ` (${rateLimited.load.problems.join(", ")})` : ""}; ` +
      `429s the gateway received and absorbed: ${rateLimited.upstream429s ?? "n/a"}; peak RSS ` +
      `${rateLimited.peakRssMB} MB.`,
    "",
  );
}
if (runs("default-concurrency") && defaultConcurrency) {
  out.push(
    `Operation 3 at the gateway's default concurrency (upstream latency ${LATENCY_MS} ms, no rate ` +
      `limit; ${RUNS} sequential runs; target: its bound + the gateway's own overhead on operation 1):`,
    "",
    "| settings | op 1 p50 ms | op 3 p50 / p95 ms | op 3 upstream ms | target ms | met |",
    "|---|---|---|---|---|---|",
    ...defaultConcurrency.rows.map(
      (r) =>
        `| ${r.settings} | ${r.op1P50Ms} | ${r.op3P50Ms} / ${r.op3P95Ms} | ${r.op3UpstreamMs} | ` +
        `${r.targetMs} | ${r.op3P50Ms <= r.targetMs ? "yes" : `no (+${round(r.op3P50Ms - r.targetMs)})`}` +
        `${r.problems.length ? `; errors: ${r.problems.join(", ")}` : ""} |`,
    ),
    "",
  );
}
if (runs("replicas") && replicas) {
  out.push(
    `${REPLICAS} gateway replicas × ${CLIENTS_PER_REPLICA} clients on operation 1, tenant at ` +
      `${RATE_LIMIT} requests/s (burst ${RATE_LIMIT}), ${REPLICAS_WARMUP_S} s unmeasured then ` +
      `${REPLICAS_DURATION_S} s (targets: 0 upstream 429s, ≥ 95 % of the tenant's rate, 1 token grant):`,
    "",
    "| shared Redis | ops/s | share of the tenant's rate | upstream 429s | upstream calls | token grants | answers with errors |",
    "|---|---|---|---|---|---|---|",
    ...replicas.rows.map(
      (r) =>
        `| ${r.redis ? "yes" : "no"} | ${r.opsPerSecond} | ${round(r.shareOfTenantRate * 100, 1)} % | ` +
        `${r.upstream429s} | ${r.upstreamCalls} | ${r.tokenGrants} | ` +
        `${r.failed}${r.problems.length ? ` (${r.problems.join(", ")})` : ""} |`,
    ),
    "",
  );
}
out.push(
  `Wrote ${relative(process.cwd(), fileURLToPath(RESULTS_FILE))} (${results.totalSeconds} s; sections run: ${[...ONLY].join(", ")}).`,
  "",
);
process.stdout.write(out.join("\n"));
