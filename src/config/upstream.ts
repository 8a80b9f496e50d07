import { z } from "zod";
import {
  integer,
  optionalInteger,
  raw,
  text,
  toOrigin,
  type ConfigProblem,
  type Env,
  type SectionSpec,
  type SectionValues,
} from "./variables.js";

export type UpstreamCredentials =
  | { kind: "client-credentials"; clientId: string; clientSecret: string }
  | { kind: "static-token"; token: string };

export interface UpstreamConfig {
  /** e.g. "https://acme.eu.auth0.com" or "http://127.0.0.1:4010" (no trailing slash). */
  origin: string;
  /** `${origin}/api/v2` */
  apiBaseUrl: string;
  /** `${origin}/oauth/token` */
  tokenUrl: string;
  /** The Management API identifier asked for in the client-credentials grant. */
  audience: string;
  credentials: UpstreamCredentials;
  connectTimeoutMs: number;
  headersTimeoutMs: number;
  bodyTimeoutMs: number;
  /** Bounds one client call end to end: token, pacing, every attempt and every wait between them. */
  deadlineMs: number;
  /** Sockets kept to the tenant; also the most calls in flight when no explicit cap is set. */
  maxConnections: number;
  /** An explicit cap on calls in flight; unset, the tenant's bucket and the socket cap bound them. */
  maxConcurrency?: number;
  /** Retries of a 408/5xx/network failure (idempotent requests only); 429s are bounded by the deadline. */
  maxRetries: number;
  retryBaseDelayMs: number;
  retryMaxDelayMs: number;
  /** Longest wait honoured for a 429's Retry-After / x-ratelimit-reset. */
  rateLimitMaxWaitMs: number;
  /** A cached token is replaced this long before it expires (at most half its lifetime). */
  tokenRefreshLeewayMs: number;
  /** Redis shared by the replicas of one tenant (rate budget, token); unset: each process alone. */
  redisUrl?: string;
}

function origin() {
  return (): z.ZodType<string | undefined, string | undefined> =>
    z
      .string()
      .optional()
      .transform((value, ctx) => {
        if (value === undefined) return undefined;
        const result = toOrigin(value);
        if (result) return result;
        ctx.addIssue({
          code: "custom",
          message:
            `${JSON.stringify(value)} is invalid; expected a tenant host such as acme.eu.auth0.com or an ` +
            `http(s) origin such as http://127.0.0.1:4010 (no path)`,
        });
        return z.NEVER;
      });
}

/**
 * `redis://` or `rediss://` (TLS), with an optional `user:password@` and `/db`; the URL itself is never echoed (it may hold a password).
 */
function redisUrl() {
  return (): z.ZodType<string | undefined, string | undefined> =>
    z
      .string()
      .optional()
      .refine(
        (value) => {
          if (value === undefined) return true;
          try {
            const url = new URL(value);
            return (url.protocol === "redis:" || url.protocol === "rediss:") && url.hostname !== "" && /^(\/\d*)?$/.test(url.pathname);
          } catch {
            return false;
          }
        },
        { message: "is invalid; expected redis://host:6379 or rediss://:password@host:6380/0" },
      );
}

function managementAudience() {
  return (): z.ZodType<string | undefined, string | undefined> =>
    z
      .string()
      .optional()
      .refine((value) => value === undefined || URL.canParse(value), {
        message: "is not a URL; expected the Management API identifier, e.g. https://acme.eu.auth0.com/api/v2/",
      });
}

/** The Auth0 tenant (or external emulator) the gateway calls, its credentials, and how calls are bounded. */
export const upstreamVariables = {
  AUTH0_DOMAIN: {
    default: undefined,
    description:
      "Tenant host (`acme.eu.auth0.com`, served over https) or full origin (`http://127.0.0.1:4010`). Unset: run the embedded emulator.",
    parse: origin(),
  },
  AUTH0_AUDIENCE: {
    default: "<origin>/api/v2/",
    description: "Audience asked for in the client-credentials grant.",
    parse: managementAudience(),
  },
  AUTH0_CLIENT_ID: { default: undefined, description: "Machine-to-machine application id (with AUTH0_CLIENT_SECRET).", parse: text() },
  AUTH0_CLIENT_SECRET: { default: undefined, description: "Its secret.", secret: true, parse: text() },
  AUTH0_MANAGEMENT_TOKEN: {
    default: undefined,
    description: "A static Management API token, instead of client credentials (never refreshed).",
    secret: true,
    parse: text(),
  },
  AUTH0_CONNECT_TIMEOUT_MS: { default: "5000", description: "TCP/TLS connect timeout.", parse: integer(1, 600_000) },
  AUTH0_HEADERS_TIMEOUT_MS: { default: "15000", description: "Longest wait for response headers.", parse: integer(1, 600_000) },
  AUTH0_BODY_TIMEOUT_MS: { default: "15000", description: "Longest gap between response body chunks.", parse: integer(1, 600_000) },
  AUTH0_TIMEOUT_MS: {
    default: "30000",
    description: "Deadline of one upstream call including token, pacing, retries and their waits.",
    parse: integer(1, 600_000),
  },
  AUTH0_MAX_CONNECTIONS: {
    default: "128",
    description: "Keep-alive sockets to the tenant; without AUTH0_MAX_CONCURRENCY also the most upstream calls in flight.",
    parse: integer(1, 1024),
  },
  AUTH0_MAX_CONCURRENCY: {
    default: undefined,
    description:
      "An explicit cap on upstream calls in flight. Unset: as many as the tenant's rate-limit bucket allows " +
      "(shared across replicas with REDIS_URL), up to AUTH0_MAX_CONNECTIONS.",
    parse: optionalInteger(1, 1024),
  },
  AUTH0_MAX_RETRIES: {
    default: "3",
    description: "Retries of a 408, 5xx or dropped connection (GET, PUT, DELETE only); 429s are retried until the deadline.",
    parse: integer(0, 10),
  },
  AUTH0_RETRY_BASE_DELAY_MS: {
    default: "200",
    description: "First backoff delay (doubles each retry, with jitter).",
    parse: integer(0, 60_000),
  },
  AUTH0_RETRY_MAX_DELAY_MS: { default: "5000", description: "Longest backoff delay.", parse: integer(0, 600_000) },
  AUTH0_RATE_LIMIT_MAX_WAIT_MS: {
    default: "10000",
    description:
      "Longest wait honoured for a 429's Retry-After / x-ratelimit-reset, and longest the pacer holds calls " +
      "for the tenant's rate limit before one probe call goes.",
    parse: integer(0, 600_000),
  },
  AUTH0_TOKEN_REFRESH_LEEWAY_MS: {
    default: "60000",
    description: "A cached Management API token is replaced this long before it expires (at most half its lifetime).",
    parse: integer(0, 86_400_000),
  },
  REDIS_URL: {
    default: undefined,
    description:
      "Redis shared by the gateway's replicas (`redis://host:6379`, `rediss://:password@host:6380/0`): one " +
      "rate budget and one Management API token per tenant. Unset: each process paces itself and fetches " +
      "its own token.",
    secret: true,
    parse: redisUrl(),
  },
} satisfies SectionSpec;

type UpstreamValues = SectionValues<typeof upstreamVariables>;

/** Which credentials are set is a question about the raw variables, checked whatever else is wrong. */
export function credentialProblems(env: Env): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const problem = (variable: keyof UpstreamValues, message: string) => problems.push({ variable, message });
  const [domain, id, secret, token, audience] = (
    ["AUTH0_DOMAIN", "AUTH0_CLIENT_ID", "AUTH0_CLIENT_SECRET", "AUTH0_MANAGEMENT_TOKEN", "AUTH0_AUDIENCE"] as const
  ).map((name) => raw(env, name) !== undefined);
  if (!domain) {
    const stray = { AUTH0_CLIENT_ID: id, AUTH0_CLIENT_SECRET: secret, AUTH0_MANAGEMENT_TOKEN: token, AUTH0_AUDIENCE: audience };
    for (const [name, set] of Object.entries(stray) as [keyof UpstreamValues, boolean][]) {
      if (set) problem(name, "is set but AUTH0_DOMAIN is not; set AUTH0_DOMAIN to use a tenant, or unset it to run the embedded emulator");
    }
  } else if (token && (id || secret)) {
    problem("AUTH0_MANAGEMENT_TOKEN", "set either AUTH0_CLIENT_ID + AUTH0_CLIENT_SECRET or AUTH0_MANAGEMENT_TOKEN, not both");
  } else if (!token) {
    if (!id) problem("AUTH0_CLIENT_ID", "missing; required with AUTH0_DOMAIN (or set AUTH0_MANAGEMENT_TOKEN instead)");
    if (!secret) problem("AUTH0_CLIENT_SECRET", "missing; required with AUTH0_DOMAIN (or set AUTH0_MANAGEMENT_TOKEN instead)");
  }
  return problems;
}

/** Checks between the section's values, once each has parsed. */
export function upstreamProblems(v: UpstreamValues): ConfigProblem[] {
  if (v.AUTH0_RETRY_BASE_DELAY_MS <= v.AUTH0_RETRY_MAX_DELAY_MS) return [];
  return [{ variable: "AUTH0_RETRY_BASE_DELAY_MS", message: `must not exceed AUTH0_RETRY_MAX_DELAY_MS (${v.AUTH0_RETRY_MAX_DELAY_MS})` }];
}

export function toUpstream(v: UpstreamValues): UpstreamConfig | undefined {
  if (v.AUTH0_DOMAIN === undefined) return undefined;
  const origin = v.AUTH0_DOMAIN;
  return {
    origin,
    apiBaseUrl: `${origin}/api/v2`,
    tokenUrl: `${origin}/oauth/token`,
    audience: v.AUTH0_AUDIENCE ?? `${origin}/api/v2/`,
    credentials:
      v.AUTH0_MANAGEMENT_TOKEN !== undefined
        ? { kind: "static-token", token: v.AUTH0_MANAGEMENT_TOKEN }
        : { kind: "client-credentials", clientId: v.AUTH0_CLIENT_ID!, clientSecret: v.AUTH0_CLIENT_SECRET! },
    connectTimeoutMs: v.AUTH0_CONNECT_TIMEOUT_MS,
    headersTimeoutMs: v.AUTH0_HEADERS_TIMEOUT_MS,
    bodyTimeoutMs: v.AUTH0_BODY_TIMEOUT_MS,
    deadlineMs: v.AUTH0_TIMEOUT_MS,
    maxConnections: v.AUTH0_MAX_CONNECTIONS,
    maxRetries: v.AUTH0_MAX_RETRIES,
    retryBaseDelayMs: v.AUTH0_RETRY_BASE_DELAY_MS,
    retryMaxDelayMs: v.AUTH0_RETRY_MAX_DELAY_MS,
    rateLimitMaxWaitMs: v.AUTH0_RATE_LIMIT_MAX_WAIT_MS,
    tokenRefreshLeewayMs: v.AUTH0_TOKEN_REFRESH_LEEWAY_MS,
    ...(v.AUTH0_MAX_CONCURRENCY !== undefined ? { maxConcurrency: v.AUTH0_MAX_CONCURRENCY } : {}),
    ...(v.REDIS_URL !== undefined ? { redisUrl: v.REDIS_URL } : {}),
  };
}
