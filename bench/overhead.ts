// The gateway's own cost per operation, robust to a loaded machine: `npm run bench:overhead`.
//
// Starts the emulator (20 ms per answer, no rate limit) in this process and the compiled gateway
// (dist/main.js, or BENCH_DIST's main.js) in a child process at default settings with npm start's Node
// flags, then for each
// operation: 16 clients for BENCH_WARMUP s unmeasured and BENCH_DURATION s measured, reading the
// gateway's CPU time from /proc (CPU ms per request: what the gateway itself spends, which other
// work on the machine barely changes), then BENCH_RUNS sequential runs for p50. Prints idle RSS
// (when ready), peak RSS (VmHWM) and, per operation, CPU ms/request under load and in the
// sequential runs, ops/s and p50. Nothing is written: this is the quick, repeatable figure for
// comparing two builds or two sets of Node flags, run one after the other (the README's "Production
// runtime" section says how its figures were taken).
//   BENCH_DIST (a directory holding a compiled main.js; default dist, built first),
//   BENCH_GATEWAY_NODE_ARGS (Node flags for the gateway besides npm start's, e.g. "--cpu-prof
//   --cpu-prof-dir=/tmp/prof"; "none": Node's defaults, without npm start's),
//   BENCH_OPS (default "1,3"), BENCH_DURATION (default 5), BENCH_WARMUP (default 3),
//   BENCH_PROCESS_WARMUP (default 8), BENCH_RUNS (default 30), BENCH_GATEWAY_ENV (extra KEY=VALUE pairs),
//   BENCH_SIGNAL_AT_PEAK=1 (SIGUSR2 to the gateway at each new RSS high under load) and
//   BENCH_SIGNAL_AT_END=<s> (SIGUSR2 after the load, then <s> seconds before stopping it): with
//   `--heapsnapshot-signal=SIGUSR2` in BENCH_GATEWAY_NODE_ARGS, heap snapshots at the peak and after.
import { execFileSync } from "node:child_process";
import os from "node:os";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { request } from "undici";
import { startEmulator } from "../src/emulator/index.js";
import { DATABASE_CONNECTION } from "../src/emulator/seed-catalog.js";
import { procUsage, startCompiledGateway } from "./compiled-gateway.js";
import { gatewayNodeFlags } from "./gateway-flags.js";
import { benchOperations, prepareFixture, type GraphQLRequest } from "./operations.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DIST = resolve(ROOT, process.env.BENCH_DIST ?? "dist");
const NODE_ARGS = gatewayNodeFlags();
const EXTRA_ENV = Object.fromEntries(
  (process.env.BENCH_GATEWAY_ENV ?? "")
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)]),
);
const OPS = (process.env.BENCH_OPS ?? "1,3").split(",");
const DURATION_S = Number(process.env.BENCH_DURATION ?? 5);
const WARMUP_S = Number(process.env.BENCH_WARMUP ?? 3);
const PROCESS_WARMUP_S = Number(process.env.BENCH_PROCESS_WARMUP ?? 8);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
/** Sends the gateway SIGUSR2 whenever its RSS reaches a new high under load (with --heapsnapshot-signal=SIGUSR2, a snapshot). */
const SIGNAL_AT_PEAK = process.env.BENCH_SIGNAL_AT_PEAK === "1";
const AUDIENCE = "usergraph-bench";
const SCOPES = "read:users read:roles read:organizations read:logs read:sessions read:refresh_tokens read:authentication_methods";

const emulator = await startEmulator({ host: "127.0.0.1", port: 0, users: 200, seed: 1, latencyMs: 20 });
if (!process.env.BENCH_DIST) execFileSync("npx", ["tsc", "-b", "tsconfig.build.json"], { cwd: ROOT, stdio: "inherit" });
const gateway = await startCompiledGateway(emulator, { dist: DIST, nodeArgs: NODE_ARGS, audience: AUDIENCE, env: EXTRA_ENV });
try {
  const admin = await emulator.mintToken({ scope: "read:users read:roles create:role_members" });
  const rest = async (method: string, path: string, json?: unknown) => {
    const response = await fetch(`${emulator.url}/api/v2${path}`, {
      method,
      headers: { authorization: `Bearer ${admin}`, "content-type": "application/json" },
      ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
  const fixture = await prepareFixture(rest, { connection: DATABASE_CONNECTION });
  const operations = benchOperations(fixture);
  const token = await emulator.mintToken({ scope: SCOPES, audience: AUDIENCE });
  const headers = { "content-type": "application/json", authorization: `Bearer ${token}` };
  const body = (op: string): GraphQLRequest => operations.find((candidate) => candidate.id === op)!.steps[0]!(undefined, "x");
  const load = async (op: string, duration: number) => {
    let highest = 0;
    const watch = SIGNAL_AT_PEAK
      ? setInterval(() => {
          const { rssMB } = procUsage(gateway.pid);
          if (rssMB > highest + 10) {
            highest = rssMB;
            process.kill(gateway.pid, "SIGUSR2");
          }
        }, 500)
      : undefined;
    try {
      return await run(op, duration);
    } finally {
      clearInterval(watch);
    }
  };
  const run = (op: string, duration: number) =>
    autocannon({
      url: `${gateway.url}/graphql`,
      connections: 16,
      duration,
      requests: [{ method: "POST", path: "/graphql", headers, body: JSON.stringify(body(op)) }],
    });
  await load("1", PROCESS_WARMUP_S);
  console.log(
    `load average ${os.loadavg()[0]!.toFixed(2)}; idle RSS ${gateway.idleRssMB.toFixed(0)} MB; ` +
      `flags: ${NODE_ARGS.join(" ") || "(Node's defaults)"}`,
  );
  for (const op of OPS) {
    let loaded = "";
    if (DURATION_S > 0) {
      if (WARMUP_S > 0) await load(op, WARMUP_S);
      const before = procUsage(gateway.pid);
      const result = await load(op, DURATION_S);
      const after = procUsage(gateway.pid);
      const cpu = (after.cpuMs - before.cpuMs) / result.requests.total;
      loaded =
        `CPU ${cpu.toFixed(2)} ms/req @16, ${(result.requests.total / result.duration).toFixed(0)} ` +
        `ops/s, failed ${result.non2xx + result.errors}; `;
    }
    const timings: number[] = [];
    const sequentialBefore = procUsage(gateway.pid);
    for (let i = 0; i < RUNS; i += 1) {
      const started = performance.now();
      const answer = await request(`${gateway.url}/graphql`, { method: "POST", headers, body: JSON.stringify(body(op)) });
      const text = await answer.body.text();
      timings.push(performance.now() - started);
      if (answer.statusCode !== 200 || text.includes('"errors"')) throw new Error(`operation ${op}: ${text.slice(0, 300)}`);
    }
    const sequentialCpu = (procUsage(gateway.pid).cpuMs - sequentialBefore.cpuMs) / RUNS;
    timings.sort((a, b) => a - b);
    console.log(
      `op ${op}: ${loaded}sequential: CPU ${sequentialCpu.toFixed(2)} ms/req, p50 ${timings[Math.floor(RUNS / 2)]!.toFixed(1)} ms; ` +
        `load average ${os.loadavg()[0]!.toFixed(2)}`,
    );
  }
  console.log(`peak RSS ${procUsage(gateway.pid).peakMB.toFixed(0)} MB, RSS after the load ${procUsage(gateway.pid).rssMB.toFixed(0)} MB`);
  if (process.env.BENCH_SIGNAL_AT_END) {
    process.kill(gateway.pid, "SIGUSR2");
    await new Promise((resolve) => setTimeout(resolve, Number(process.env.BENCH_SIGNAL_AT_END) * 1000));
  }
} finally {
  await gateway.stop();
  await emulator.close();
}
