import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import pino from "pino";
import { startEmulator, type EmulatorOptions, type RunningEmulator } from "../../src/emulator/index.js";
import { createTokenVerifier } from "../../src/auth/verify-token.js";
import { loadConfig } from "../../src/config.js";
import { createGateway, type Gateway } from "../../src/server.js";
import { createManagementClient, type ManagementClient } from "../../src/upstream/client.js";
import { ALL_SCOPES } from "./emulator.js";

/** The audience of callers' tokens in tests (the gateway's own API identifier). */
export const GATEWAY_AUDIENCE = "usergraph-test";

/** The origin of in-process requests' URLs (yoga routes on the path; no socket is involved). */
const IN_PROCESS_ORIGIN = "http://127.0.0.1";

/** Every scope the graph checks, for an all-powerful test caller. */
export const ALL_GRAPH_SCOPES = `${ALL_SCOPES} read:current_user update:current_user_metadata update:current_user_identities`;

export interface GraphQLResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: {
    data?: T;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
    extensions?: Record<string, unknown>;
  };
}

export type { RestError } from "./emulator.js";

export interface TestGatewayOptions {
  emulator?: EmulatorOptions;
  env?: Record<string, string>;
  logger?: pino.Logger;
  jobPollIntervalMs?: number;
  /**
   * Listen on a free loopback port, for tests that need the real socket (a client that disconnects,
   * a streamed body, an SSE subscription client, HTTP-level headers). By default the gateway runs in
   * process: requests go straight to its yoga instance (`yoga.fetch`), with no socket in between.
   */
  listen?: boolean;
}

export interface TestGateway {
  emulator: RunningEmulator;
  gateway: Gateway;
  client: ManagementClient;
  /** The gateway's origin (GraphQL is at `${url}/graphql`); only with `listen: true`, it throws otherwise. */
  readonly url: string;
  /** Sends a request to the gateway's `path` (e.g. "/graphql"): in process, or over the socket with `listen: true`. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** A caller token for the gateway, minted by the emulator (the issuer in these tests). */
  token(options?: { scope?: string; sub?: string; expiresIn?: number; audience?: string }): Promise<string>;
  /** POSTs an operation with a token for `scope` (default: every scope) unless `token` is given (null: none). */
  query<T = unknown, V = Record<string, unknown>>(
    query: string | TypedDocumentNode<T, V>,
    variables?: V,
    options?: { scope?: string; sub?: string; token?: string | null; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<T>>;
  /** Upstream calls the emulator counted since the last reset, by "METHOD /route". Token calls excluded. */
  upstreamCalls(): Record<string, number>;
  /** The number of Management API calls since the last reset (token calls excluded). */
  upstreamTotal(): number;
  resetCalls(): void;
  /** Calls the emulator's Management API directly (to compare the graph with REST). */
  rest<T = unknown>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
  close(): Promise<void>;
}

/**
 * A gateway wired as src/server.ts wires it, over a fresh emulator on loopback HTTP through the real
 * client. Requests reach it in process unless `listen` is set (see TestGatewayOptions).
 */
export async function startTestGateway(options: TestGatewayOptions = {}): Promise<TestGateway> {
  const emulator = await startEmulator({ users: 50, seed: 3, ...options.emulator });
  const config = loadConfig({
    AUTH0_DOMAIN: emulator.url,
    AUTH0_CLIENT_ID: emulator.clientId,
    AUTH0_CLIENT_SECRET: emulator.clientSecret,
    AUTH_ISSUER: `${emulator.url}/`,
    AUTH_AUDIENCE: GATEWAY_AUDIENCE,
    ...options.env,
  });
  const logger = options.logger ?? pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" });
  const client = createManagementClient(config.upstream!, { logger });
  const verifier = createTokenVerifier(config.auth!);
  const gateway = createGateway({
    client,
    verifier,
    logger,
    security: config.security,
    costBudget: config.cost.budget,
    operationTimeoutMs: config.operationTimeoutMs,
    ...(config.uploadDir !== undefined ? { uploadDir: config.uploadDir } : {}),
    ...(options.jobPollIntervalMs !== undefined ? { jobPollIntervalMs: options.jobPollIntervalMs } : {}),
  });
  const url = options.listen ? await gateway.listen(0, "127.0.0.1") : undefined;
  const send: TestGateway["fetch"] = url
    ? (path, init) => fetch(`${url}${path}`, init)
    : // The origin is only the Request's address: nothing is sent anywhere, yoga answers it in process.
      async (path, init) => gateway.yoga.fetch(`${IN_PROCESS_ORIGIN}${path}`, init ?? {});

  const tokens = new Map<string, string>();
  const token: TestGateway["token"] = async ({ scope = ALL_GRAPH_SCOPES, sub, expiresIn, audience = GATEWAY_AUDIENCE } = {}) => {
    const key = JSON.stringify([scope, sub, expiresIn, audience]);
    let value = tokens.get(key);
    if (!value) {
      value = await emulator.mintToken({ scope, audience, ...(sub ? { sub } : {}), ...(expiresIn ? { expiresIn } : {}) });
      tokens.set(key, value);
    }
    return value;
  };

  const managementCalls = () =>
    Object.fromEntries(Object.entries(emulator.stats().byRoute).filter(([route]) => route.includes(" /api/v2/")));

  let adminToken: string | undefined;
  return {
    emulator,
    gateway,
    client,
    get url() {
      if (!url) throw new Error("This test gateway runs in process and has no URL: start it with { listen: true }.");
      return url;
    },
    fetch: send,
    token,
    async query(query, variables, opts = {}) {
      const headers: Record<string, string> = { "content-type": "application/json", ...opts.headers };
      const bearer =
        opts.token === undefined
          ? await token({ ...(opts.scope ? { scope: opts.scope } : {}), ...(opts.sub ? { sub: opts.sub } : {}) })
          : opts.token;
      if (bearer !== null) headers.authorization = `Bearer ${bearer}`;
      const response = await send("/graphql", {
        method: "POST",
        headers,
        body: JSON.stringify({ query: typeof query === "string" ? query : print(query), variables }),
      });
      const text = await response.text();
      return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : {} };
    },
    upstreamCalls: managementCalls,
    upstreamTotal: () => Object.values(managementCalls()).reduce((a, b) => a + b, 0),
    resetCalls: () => emulator.resetStats(),
    async rest(method, path, body) {
      adminToken ??= await emulator.mintToken({ scope: ALL_SCOPES });
      const response = await fetch(`${emulator.url}/api/v2${path}`, {
        method,
        headers: { authorization: `Bearer ${adminToken}`, ...(body !== undefined ? { "content-type": "application/json" } : {}) },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : undefined };
    },
    async close() {
      await gateway.close();
      await client.close();
      await emulator.close();
    },
  };
}
