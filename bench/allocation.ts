// What the gateway allocates per operation, and where: `npm run bench:allocation`.
//
// Starts the emulator (20 ms per answer) in this process and the compiled gateway (dist/main.js, built
// first, or BENCH_DIST's main.js) in a child process with bench/heap-sampling.mjs preloaded: V8's
// sampling heap profiler, counting freed objects too. After BENCH_PROCESS_WARMUP s of load, for each
// operation: 16 clients for BENCH_WARMUP s unmeasured, then profiled for as many requests as they made
// in BENCH_DURATION s (all of them answered before the profile is taken). Prints KB
// allocated per request (an estimate from samples every 4 KB, within a few per cent at these volumes)
// and the BENCH_TOP allocation sites with the most bytes (function, file:line). Allocation does not
// depend on the machine's load, unlike CPU time: this is the figure for comparing two builds.
//   BENCH_DIST, BENCH_OPS (default "1,3,4"), BENCH_DURATION (default 5), BENCH_WARMUP (default 2),
//   BENCH_PROCESS_WARMUP (default 8), BENCH_TOP (default 25), BENCH_CALLERS (default 0),
//   BENCH_GATEWAY_NODE_ARGS (Node flags besides npm start's; "none": Node's defaults).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { startEmulator } from "../src/emulator/index.js";
import { DATABASE_CONNECTION } from "../src/emulator/seed-catalog.js";
import { startCompiledGateway } from "./compiled-gateway.js";
import { gatewayNodeFlags } from "./gateway-flags.js";
import { benchOperations, prepareFixture, type GraphQLRequest } from "./operations.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DIST = resolve(ROOT, process.env.BENCH_DIST ?? "dist");
const OPS = (process.env.BENCH_OPS ?? "1,3,4").split(",");
const DURATION_S = Number(process.env.BENCH_DURATION ?? 5);
const WARMUP_S = Number(process.env.BENCH_WARMUP ?? 2);
const PROCESS_WARMUP_S = Number(process.env.BENCH_PROCESS_WARMUP ?? 8);
const TOP = Number(process.env.BENCH_TOP ?? 25);
/** Frames of the heaviest caller chain printed under each site (BENCH_CALLERS, default 0: none). */
const CALLERS = Number(process.env.BENCH_CALLERS ?? 0);
const NODE_ARGS = gatewayNodeFlags();
const AUDIENCE = "usergraph-bench";
const SCOPES = "read:users read:roles read:organizations read:logs read:sessions read:refresh_tokens read:authentication_methods";

interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: ProfileNode[];
}

/** Where a file's allocations are counted: a package, Node's own modules, or a directory of the gateway. */
function area(file: string): string {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(file);
  if (inPackage) return inPackage[1]!;
  if (file.startsWith("node:")) return "node:*";
  const inDist = /^(?:.*\/)?(?:dist|\.tmp\/[^/]+)\/([^/]+)\//.exec(file);
  return inDist ? `gateway ${inDist[1]}` : file;
}

/**
 * Bytes allocated by each site (function at file:line) and by area, summed over the profile's tree;
 * the preload's own work (writing the previous profile) is left out.
 */
function sites(head: ProfileNode): {
  total: number;
  bySite: Map<string, number>;
  byArea: Map<string, number>;
  callers: Map<string, Map<string, number>>;
} {
  const bySite = new Map<string, number>();
  const callers = new Map<string, Map<string, number>>();
  const stack: string[] = [];
  const byArea = new Map<string, number>();
  let total = 0;
  const walk = (node: ProfileNode, inherited: string) => {
    const { functionName, url, lineNumber } = node.callFrame;
    if (url.endsWith("/heap-sampling.mjs")) return;
    const file = url.startsWith("file://") ? relative(ROOT, fileURLToPath(url)) : url;
    // Native functions (Map, JSON.parse…) are counted in the area of the JavaScript that called them.
    const where = file ? area(file) : inherited;
    const site = `${functionName || "(anonymous)"} ${file || "(native)"}:${lineNumber + 1}`;
    if (node.selfSize > 0) {
      bySite.set(site, (bySite.get(site) ?? 0) + node.selfSize);
      const chain = stack.slice(-CALLERS).reverse().join(" < ");
      const byChain = callers.get(site) ?? new Map<string, number>();
      byChain.set(chain, (byChain.get(chain) ?? 0) + node.selfSize);
      callers.set(site, byChain);
      byArea.set(where, (byArea.get(where) ?? 0) + node.selfSize);
      total += node.selfSize;
    }
    stack.push(site.replace(/ .*\//, " "));
    for (const child of node.children) walk(child, where);
    stack.pop();
  };
  walk(head, "(root)");
  return { total, bySite, byArea, callers };
}

const profiles = mkdtempSync(join(os.tmpdir(), "usergraph-allocation-"));
const emulator = await startEmulator({ host: "127.0.0.1", port: 0, users: 200, seed: 1, latencyMs: 20 });
if (!process.env.BENCH_DIST) execFileSync("npx", ["tsc", "-b", "tsconfig.build.json"], { cwd: ROOT, stdio: "inherit" });
const gateway = await startCompiledGateway(emulator, {
  dist: DIST,
  nodeArgs: ["--import", resolve(ROOT, "bench/heap-sampling.mjs"), ...NODE_ARGS],
  audience: AUDIENCE,
  env: { HEAP_SAMPLING_DIR: profiles },
});
try {
  const { url } = gateway;
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
  const operations = benchOperations(await prepareFixture(rest, { connection: DATABASE_CONNECTION }));
  const token = await emulator.mintToken({ scope: SCOPES, audience: AUDIENCE });
  const headers = { "content-type": "application/json", authorization: `Bearer ${token}` };
  const body = (op: string): GraphQLRequest => operations.find((candidate) => candidate.id === op)!.steps[0]!(undefined, "x");
  // A duration, or a number of requests: a profiled run ends when its last answer is in, not by
  // cutting the requests in flight (whose cancelled calls would be counted as allocations of the rest).
  const load = (op: string, length: { duration: number } | { amount: number }) =>
    autocannon({
      url: `${url}/graphql`,
      connections: 16,
      ...length,
      requests: [{ method: "POST", path: "/graphql", headers, body: JSON.stringify(body(op)) }],
    });
  let signalled = 0;
  /** The profile since the previous one: SIGUSR2, then the file the preload renames into place. */
  const profile = async (): Promise<ProfileNode> => {
    const file = join(profiles, `${signalled++}.heapprofile`);
    process.kill(gateway.pid, "SIGUSR2");
    while (!existsSync(file)) await new Promise((next) => setTimeout(next, 50));
    return (JSON.parse(readFileSync(file, "utf8")) as { head: ProfileNode }).head;
  };
  await load("1", { duration: PROCESS_WARMUP_S });
  console.log(`load average ${os.loadavg()[0]!.toFixed(2)}; flags: ${NODE_ARGS.join(" ")}`);
  for (const op of OPS) {
    const warm = await load(op, { duration: WARMUP_S });
    const amount = Math.max(32, Math.round((warm.requests.total / warm.duration) * DURATION_S));
    // The warm-up's end cut the requests in flight; their cancelled calls end during these.
    await load(op, { amount: 32 });
    await profile();
    const result = await load(op, { amount });
    const { total, bySite, byArea, callers } = sites(await profile());
    const requests = result.requests.total;
    console.log(
      `\nop ${op}: ${(total / requests / 1024).toFixed(1)} KB allocated per request (${requests} requests, ` +
        `failed ${result.non2xx + result.errors}); load average ${os.loadavg()[0]!.toFixed(2)}`,
    );
    const kb = (bytes: number) =>
      `${(bytes / requests / 1024).toFixed(2).padStart(8)} KB/req ${((100 * bytes) / total).toFixed(1).padStart(5)} %`;
    console.log("  by area:");
    for (const [name, bytes] of [...byArea].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${kb(bytes)}  ${name}`);
    console.log("  by site:");
    const top = [...bySite].sort((a, b) => b[1] - a[1]).slice(0, TOP);
    for (const [site, bytes] of top) {
      console.log(`  ${kb(bytes)}  ${site}`);
      if (CALLERS > 0) {
        const [chain, chainBytes] = [...callers.get(site)!].sort((a, b) => b[1] - a[1])[0]!;
        console.log(`      ${((100 * chainBytes) / bytes).toFixed(0)} % from ${chain}`);
      }
    }
  }
} finally {
  await gateway.stop();
  await emulator.close();
  rmSync(profiles, { recursive: true, force: true });
}
