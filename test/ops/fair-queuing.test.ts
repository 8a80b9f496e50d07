import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LogRecord, startOpsGateway, type OpsGateway } from "./support.js";
import { until } from "../support/until.js";

// 151 upstream calls: one search, then roles, permissions and organizations of each of 50 users.
const HEAVY =
  `query Heavy { users(first: 50) { nodes { id roles { nodes { name } } permissions { nodes { ` +
  `permissionName } } organizations { nodes { name } } } } }`;
const HEAVY_CALLS = 151;
const HEAVY_OPERATIONS = 6;
const LIGHT = `query Light($id: ID!) { user(id: $id) { email } }`;
const CONCURRENCY = 4;

let t: OpsGateway;
let heavyToken: string;
let lightToken: string;
let lightId: string;

beforeAll(async () => {
  t = await startOpsGateway({
    emulator: { users: 60, latencyMs: 20 },
    env: { AUTH0_MAX_CONCURRENCY: String(CONCURRENCY), LOG_LEVEL: "info" },
  });
  heavyToken = await t.token({ sub: "auth0|heavy-caller" });
  lightToken = await t.token({ sub: "auth0|light-caller" });
  lightId = [...t.emulator.state.users.keys()].sort()[0]!;
  // Warm up: Management API token, JWKS, both callers' token checks.
  await t.post({ query: LIGHT, variables: { id: lightId } }, { token: heavyToken });
  await t.post({ query: LIGHT, variables: { id: lightId } }, { token: lightToken });
});

afterAll(() => t.close());

function operationLines(): LogRecord[] {
  return t.log.records().filter((r) => r.msg === "graphql operation");
}

/** Management API requests the emulator received (token and JWKS requests excluded). */
function managementRequests() {
  return t.emulator.requests().filter((r) => r.url.startsWith("/api/v2/"));
}

describe("fair queuing across callers", () => {
  it("a caller's flood of 151-call operations leaves another caller's 1-call query near its unloaded time", {
    timeout: 120_000,
  }, async () => {
    const unloadedStarted = performance.now();
    const unloaded = await t.post({ query: LIGHT, variables: { id: lightId } }, { token: lightToken });
    const unloadedMs = performance.now() - unloadedStarted;
    expect(unloaded.body.errors).toBeUndefined();

    t.emulator.resetStats();
    const linesBefore = operationLines().length;
    const floodStarted = performance.now();
    const flood = Array.from({ length: HEAVY_OPERATIONS }, () =>
      t.post<{ users: { nodes: unknown[] } }>({ query: HEAVY }, { token: heavyToken }),
    );
    // Every heavy search answered and the fan-outs well under way: the heavy caller's calls are queued.
    await until(
      () => {
        const requests = managementRequests();
        const searches = requests.filter((r) => r.url.startsWith("/api/v2/users?"));
        return (
          searches.length === HEAVY_OPERATIONS &&
          searches.every((r) => r.answeredInMs !== undefined) &&
          requests.length >= HEAVY_OPERATIONS + 10 * CONCURRENCY
        );
      },
      "the flood fans out",
      { timeoutMs: 60_000 },
    );
    const sentBefore = managementRequests().length;

    const lightStarted = performance.now();
    const light = await t.post({ query: LIGHT, variables: { id: lightId } }, { token: lightToken });
    const lightMs = performance.now() - lightStarted;
    const heavy = await Promise.all(flood);
    const floodMs = performance.now() - floodStarted;

    expect(light.body).toEqual({ data: { user: { email: t.emulator.state.users.get(lightId)!.email } } });
    for (const response of heavy) {
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data!.users.nodes).toHaveLength(50);
    }

    const requests = managementRequests();
    const total = HEAVY_OPERATIONS * HEAVY_CALLS + 1;
    expect(requests).toHaveLength(total);
    const lightPath = `/api/v2/users/${encodeURIComponent(lightId)}`;
    const lightIndex = requests.findIndex((r) => r.url === lightPath || r.url.startsWith(`${lightPath}?`));
    expect(lightIndex).toBeGreaterThanOrEqual(0);
    const heavyQueuedWhenPosted = total - 1 - sentBefore;
    const heavySentBeforeLight = lightIndex - sentBefore;
    console.info(
      `fair queuing: light query ${lightMs.toFixed(0)} ms loaded (${unloadedMs.toFixed(0)} ms unloaded), flood ${floodMs.toFixed(0)} ms; ` +
        `${heavySentBeforeLight} of the ${heavyQueuedWhenPosted} heavy calls still queued went before the light one`,
    );
    // The light call overtook nearly all the heavy caller's queued calls: at most 100 of them (25
    // rounds of the concurrency cap, for a loaded machine) went between the light query's arrival
    // and its call. One shared FIFO would have sent all of them first.
    expect(heavyQueuedWhenPosted).toBeGreaterThan(300);
    expect(heavySentBeforeLight).toBeLessThanOrEqual(100);
    // Generous, relative bounds: it answered well before the flood drained.
    expect(lightMs).toBeLessThan(floodMs / 2);

    // Every call the emulator received is in an operation's log line.
    await until(() => operationLines().length === linesBefore + HEAVY_OPERATIONS + 1, "every operation is logged", { timeoutMs: 60_000 });
    const lines = operationLines().slice(linesBefore);
    expect(lines.filter((l) => l.operationName === "Heavy").map((l) => l.upstreamCalls)).toEqual(Array(HEAVY_OPERATIONS).fill(HEAVY_CALLS));
    expect(lines.find((l) => l.operationName === "Light")).toMatchObject({ upstreamCalls: 1, caller: "auth0|light-caller" });
    expect(lines.reduce((sum, l) => sum + Number(l.upstreamCalls), 0)).toBe(requests.length);
  });
});
