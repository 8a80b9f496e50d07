import { randomUUID } from "node:crypto";
import { Writable } from "node:stream";
import { pino, type Logger } from "pino";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { loadConfig, type UpstreamConfig } from "../../src/config.js";
import { startEmulator, type EmulatorOptions, type RunningEmulator } from "../../src/emulator/index.js";
import {
  createManagementClient,
  REDACT_PATHS,
  type ManagementClient,
  type UpstreamCallEvent,
  type UpstreamHooks,
  type UpstreamRetryEvent,
} from "../../src/upstream/index.js";

/** A client secret no log line, error or response may ever contain. */
export const TEST_SECRET = `upstream-secret-${randomUUID()}`;
/** Base64url JSON (a JWT header or payload, whole or in part). */
const JWT = /eyJ[A-Za-z0-9_-]{8,}/;

/** Every log line the upstream client writes in this test file (at trace level). */
export const logLines: string[] = [];
export const testLogger: Logger = pino(
  { level: "trace", redact: { paths: REDACT_PATHS, censor: "[redacted]" } },
  new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  }),
);

/** Asserts the captured log has lines and none of them carries the secret, a JWT or `extra` strings. */
export function expectCleanLogs(extra: string[] = []): void {
  expect(logLines.length).toBeGreaterThan(0);
  for (const line of logLines) {
    expect(line).not.toContain(TEST_SECRET);
    expect(line).not.toMatch(JWT);
    for (const value of extra) expect(line).not.toContain(value);
  }
}

export function startUpstreamEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  return startEmulator({ users: 30, seed: 7, clientSecret: TEST_SECRET, ...options });
}

/** The client's configuration as the gateway would load it, with fast retries for tests. */
export function configFor(
  emulator: { url: string; clientId: string; clientSecret: string },
  env: Record<string, string> = {},
): UpstreamConfig {
  const config = loadConfig({
    AUTH0_DOMAIN: emulator.url,
    AUTH0_CLIENT_ID: emulator.clientId,
    AUTH0_CLIENT_SECRET: emulator.clientSecret,
    AUTH_ISSUER: `${emulator.url}/`,
    AUTH_AUDIENCE: "usergraph-test",
    AUTH0_TIMEOUT_MS: "10000",
    AUTH0_RETRY_BASE_DELAY_MS: "10",
    AUTH0_RETRY_MAX_DELAY_MS: "50",
    ...env,
  });
  return config.upstream!;
}

export interface HookRecord {
  hooks: UpstreamHooks;
  calls: UpstreamCallEvent[];
  retries: UpstreamRetryEvent[];
  rateLimited: string[];
  tokenRefreshes: number;
  pacerWaits: number[];
}

export function recordHooks(): HookRecord {
  const record: HookRecord = {
    calls: [],
    retries: [],
    rateLimited: [],
    tokenRefreshes: 0,
    pacerWaits: [],
    hooks: {
      onCall: (event) => record.calls.push(event),
      onRetry: (event) => record.retries.push(event),
      onRateLimited: ({ route }) => record.rateLimited.push(route),
      onTokenRefresh: () => {
        record.tokenRefreshes += 1;
      },
      onPacerWait: (ms) => record.pacerWaits.push(ms),
    },
  };
  return record;
}

export function clientFor(
  emulator: RunningEmulator,
  env: Record<string, string> = {},
  record = recordHooks(),
): { client: ManagementClient; record: HookRecord } {
  return { client: createManagementClient(configFor(emulator, env), { logger: testLogger, hooks: record.hooks }), record };
}

/** Requests the emulator received on one route, e.g. count(emulator, "GET /api/v2/users/{id}"). */
export function count(emulator: RunningEmulator, key: string): number {
  return emulator.stats().byRoute[key] ?? 0;
}

export const TOKEN_CALLS = "POST /oauth/token";

/** Seeded user ids, in a stable order. */
export function userIds(emulator: RunningEmulator): string[] {
  return [...emulator.state.users.keys()].sort();
}

export interface SharedUpstreamEmulatorOptions extends EmulatorOptions {
  /** One client for the whole file (closed before the emulator), with these overrides and hook record. */
  client?: { env?: Record<string, string>; record?: HookRecord };
  /** After each test, clear the faults it set and (when true, the default) the emulator's request counts. */
  resetStats?: boolean;
  /** At the end, check the file's log lines (true, the default), or not; strings here must not appear either. */
  cleanLogs?: boolean | string[];
}

export interface SharedUpstreamEmulator {
  readonly emulator: RunningEmulator;
  /** The file's client (only with the `client` option). */
  readonly client: ManagementClient;
  readonly record: HookRecord;
}

/**
 * One emulator for the file or `describe` block it is called in: started before its tests, its faults
 * (and counts) cleared after each, closed after all — then the captured log is checked for secrets.
 */
export function sharedUpstreamEmulator(options: SharedUpstreamEmulatorOptions = {}): SharedUpstreamEmulator {
  const { client: clientOptions, resetStats = true, cleanLogs = true, ...emulatorOptions } = options;
  const record = clientOptions?.record ?? recordHooks();
  let emulator: RunningEmulator | undefined;
  let client: ManagementClient | undefined;
  beforeAll(async () => {
    emulator = await startUpstreamEmulator(emulatorOptions);
    if (clientOptions) ({ client } = clientFor(emulator, clientOptions.env, record));
  });
  afterEach(() => {
    emulator?.faults.clear();
    if (resetStats) emulator?.resetStats();
  });
  afterAll(async () => {
    await client?.close();
    await emulator?.close();
    if (cleanLogs !== false) expectCleanLogs(cleanLogs === true ? [] : cleanLogs);
  });
  return {
    get emulator() {
      if (!emulator) throw new Error("the shared emulator is started in beforeAll: use it inside a test or hook");
      return emulator;
    },
    get client() {
      if (!client) throw new Error("no shared client: pass the client option to sharedUpstreamEmulator");
      return client;
    },
    record,
  };
}
