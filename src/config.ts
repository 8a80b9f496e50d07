import { z } from "zod";

/**
 * The one place configuration is read. `loadConfig(env)` validates every variable at once and throws
 * a `ConfigError` listing one line per missing or invalid variable; secret values are never echoed.
 *
 * Adding a section: declare its variables in `configVariables` (for the README table) and a
 * `section` function below that reads them through `read`, then add it to `Config` and `loadConfig`.
 */

export type LogLevel = "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
export type NodeEnv = "development" | "production" | "test";

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
  /** Sockets kept to the tenant. */
  maxConnections: number;
  /** Calls in flight to the tenant at once. */
  maxConcurrency: number;
  /** Retries of a 408/5xx/network failure (idempotent requests only); 429s are bounded by the deadline. */
  maxRetries: number;
  retryBaseDelayMs: number;
  retryMaxDelayMs: number;
  /** Longest wait honoured for a 429's Retry-After / x-ratelimit-reset. */
  rateLimitMaxWaitMs: number;
  /** A cached token is replaced this long before it expires (at most half its lifetime). */
  tokenRefreshLeewayMs: number;
}

export interface Config {
  /** "embedded": no AUTH0_DOMAIN, the gateway starts its own emulator; "tenant": a real (or external) tenant. */
  mode: "embedded" | "tenant";
  server: { host: string; port: number };
  logLevel: LogLevel;
  nodeEnv: NodeEnv;
  /** Undefined in embedded mode until `src/main.ts` reloads the config with the emulator's origin. */
  upstream?: UpstreamConfig;
}

export interface ConfigVariable {
  name: string;
  /** The default as written in the environment; undefined when there is none. */
  default: string | undefined;
  description: string;
  /** Never echoed in errors or logs. */
  secret?: boolean;
}

/** Every environment variable the gateway reads (the README's configuration table is written from it). */
export const configVariables = [
  { name: "HOST", default: "127.0.0.1", description: "Interface the gateway listens on." },
  { name: "PORT", default: "4000", description: "Port the gateway listens on (0 picks a free one)." },
  { name: "LOG_LEVEL", default: "info", description: "fatal, error, warn, info, debug, trace or silent." },
  { name: "NODE_ENV", default: "development", description: "development, production or test." },
  {
    name: "AUTH0_DOMAIN",
    default: undefined,
    description:
      "Tenant host (`acme.eu.auth0.com`, served over https) or full origin (`http://127.0.0.1:4010`). Unset: run the embedded emulator.",
  },
  { name: "AUTH0_AUDIENCE", default: "<origin>/api/v2/", description: "Audience asked for in the client-credentials grant." },
  { name: "AUTH0_CLIENT_ID", default: undefined, description: "Machine-to-machine application id (with AUTH0_CLIENT_SECRET)." },
  { name: "AUTH0_CLIENT_SECRET", default: undefined, description: "Its secret.", secret: true },
  {
    name: "AUTH0_MANAGEMENT_TOKEN",
    default: undefined,
    description: "A static Management API token, instead of client credentials (never refreshed).",
    secret: true,
  },
  { name: "AUTH0_CONNECT_TIMEOUT_MS", default: "5000", description: "TCP/TLS connect timeout." },
  { name: "AUTH0_HEADERS_TIMEOUT_MS", default: "15000", description: "Longest wait for response headers." },
  { name: "AUTH0_BODY_TIMEOUT_MS", default: "15000", description: "Longest gap between response body chunks." },
  {
    name: "AUTH0_TIMEOUT_MS",
    default: "30000",
    description: "Deadline of one upstream call including token, pacing, retries and their waits.",
  },
  { name: "AUTH0_MAX_CONNECTIONS", default: "32", description: "Keep-alive sockets to the tenant." },
  { name: "AUTH0_MAX_CONCURRENCY", default: "16", description: "Upstream calls in flight at once." },
  {
    name: "AUTH0_MAX_RETRIES",
    default: "3",
    description: "Retries of a 408, 5xx or dropped connection (GET, PUT, DELETE only); 429s are retried until the deadline.",
  },
  { name: "AUTH0_RETRY_BASE_DELAY_MS", default: "200", description: "First backoff delay (doubles each retry, with jitter)." },
  { name: "AUTH0_RETRY_MAX_DELAY_MS", default: "5000", description: "Longest backoff delay." },
  {
    name: "AUTH0_RATE_LIMIT_MAX_WAIT_MS",
    default: "10000",
    description: "Longest wait honoured for a 429's Retry-After / x-ratelimit-reset.",
  },
  {
    name: "AUTH0_TOKEN_REFRESH_LEEWAY_MS",
    default: "60000",
    description: "A cached Management API token is replaced this long before it expires (at most half its lifetime).",
  },
] as const satisfies readonly ConfigVariable[];

export type ConfigVariableName = (typeof configVariables)[number]["name"];

export interface ConfigProblem {
  variable: string;
  message: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(["Invalid configuration:", ...problems.map((p) => `  - ${p.variable}: ${p.message}`)].join("\n"));
    this.name = "ConfigError";
  }
}

type Env = Record<string, string | undefined>;

const variableByName = new Map<string, ConfigVariable>(configVariables.map((v) => [v.name, v]));

/** Shows a value in an error message, unless it is secret. */
function shown(name: string, value: string): string {
  return variableByName.get(name)?.secret ? "the value given" : JSON.stringify(value);
}

/** A variable's raw value: trimmed, with "" meaning unset. */
function raw(env: Env, name: ConfigVariableName): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === "" ? undefined : value;
}

function defaultOf(name: ConfigVariableName): string | undefined {
  return variableByName.get(name)?.default;
}

function integer(name: ConfigVariableName, min: number, max: number) {
  return z
    .string()
    .optional()
    .transform((value, ctx) => {
      const text = value ?? defaultOf(name);
      if (text !== undefined && /^\d+$/.test(text)) {
        const n = Number(text);
        if (n >= min && n <= max) return n;
      }
      ctx.addIssue({
        code: "custom",
        message: `${text === undefined ? "missing" : `${shown(name, text)} is invalid`}; expected an integer from ${min} to ${max}`,
      });
      return z.NEVER;
    });
}

function oneOf<T extends string>(name: ConfigVariableName, values: readonly T[]) {
  return z
    .string()
    .optional()
    .transform((value, ctx) => {
      const text = (value ?? defaultOf(name) ?? "").toLowerCase();
      if ((values as readonly string[]).includes(text)) return text as T;
      ctx.addIssue({ code: "custom", message: `${shown(name, value ?? "")} is invalid; expected one of ${values.join(", ")}` });
      return z.NEVER;
    });
}

const HOST_PATTERN = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/i;

/** `acme.eu.auth0.com` → `https://acme.eu.auth0.com`; `http://127.0.0.1:4010/` → `http://127.0.0.1:4010`. */
export function toOrigin(domain: string): string | undefined {
  if (!domain.includes("://")) return HOST_PATTERN.test(domain) ? `https://${domain.toLowerCase()}` : undefined;
  let url: URL;
  try {
    url = new URL(domain);
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  if (url.username || url.password || url.search || url.hash || (url.pathname !== "/" && url.pathname !== "")) return undefined;
  return url.origin;
}

const origin = z
  .string()
  .optional()
  .transform((value, ctx) => {
    if (value === undefined) return undefined;
    const result = toOrigin(value);
    if (result) return result;
    ctx.addIssue({
      code: "custom",
      message: `${JSON.stringify(value)} is invalid; expected a tenant host such as acme.eu.auth0.com or an http(s) origin such as http://127.0.0.1:4010 (no path)`,
    });
    return z.NEVER;
  });

const audience = z
  .string()
  .optional()
  .refine((value) => value === undefined || URL.canParse(value), {
    message: "is not a URL; expected the Management API identifier, e.g. https://acme.eu.auth0.com/api/v2/",
  });

const serverSchema = z.object({
  HOST: z.string().optional().transform((value) => value ?? defaultOf("HOST")!),
  PORT: integer("PORT", 0, 65_535),
  LOG_LEVEL: oneOf<LogLevel>("LOG_LEVEL", ["fatal", "error", "warn", "info", "debug", "trace", "silent"]),
  NODE_ENV: oneOf<NodeEnv>("NODE_ENV", ["development", "production", "test"]),
});

const upstreamSchema = z.object({
  AUTH0_DOMAIN: origin,
  AUTH0_AUDIENCE: audience,
  AUTH0_CLIENT_ID: z.string().optional(),
  AUTH0_CLIENT_SECRET: z.string().optional(),
  AUTH0_MANAGEMENT_TOKEN: z.string().optional(),
  AUTH0_CONNECT_TIMEOUT_MS: integer("AUTH0_CONNECT_TIMEOUT_MS", 1, 600_000),
  AUTH0_HEADERS_TIMEOUT_MS: integer("AUTH0_HEADERS_TIMEOUT_MS", 1, 600_000),
  AUTH0_BODY_TIMEOUT_MS: integer("AUTH0_BODY_TIMEOUT_MS", 1, 600_000),
  AUTH0_TIMEOUT_MS: integer("AUTH0_TIMEOUT_MS", 1, 600_000),
  AUTH0_MAX_CONNECTIONS: integer("AUTH0_MAX_CONNECTIONS", 1, 1024),
  AUTH0_MAX_CONCURRENCY: integer("AUTH0_MAX_CONCURRENCY", 1, 1024),
  AUTH0_MAX_RETRIES: integer("AUTH0_MAX_RETRIES", 0, 10),
  AUTH0_RETRY_BASE_DELAY_MS: integer("AUTH0_RETRY_BASE_DELAY_MS", 0, 60_000),
  AUTH0_RETRY_MAX_DELAY_MS: integer("AUTH0_RETRY_MAX_DELAY_MS", 0, 600_000),
  AUTH0_RATE_LIMIT_MAX_WAIT_MS: integer("AUTH0_RATE_LIMIT_MAX_WAIT_MS", 0, 600_000),
  AUTH0_TOKEN_REFRESH_LEEWAY_MS: integer("AUTH0_TOKEN_REFRESH_LEEWAY_MS", 0, 86_400_000),
});

/** Which credentials are set is a question about the raw variables, checked whatever else is wrong. */
function credentialProblems(env: Env): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const problem = (variable: ConfigVariableName, message: string) => problems.push({ variable, message });
  const [domain, id, secret, token, audience] = (
    ["AUTH0_DOMAIN", "AUTH0_CLIENT_ID", "AUTH0_CLIENT_SECRET", "AUTH0_MANAGEMENT_TOKEN", "AUTH0_AUDIENCE"] as const
  ).map((name) => raw(env, name) !== undefined);
  if (!domain) {
    const stray = { AUTH0_CLIENT_ID: id, AUTH0_CLIENT_SECRET: secret, AUTH0_MANAGEMENT_TOKEN: token, AUTH0_AUDIENCE: audience };
    for (const [name, set] of Object.entries(stray) as [ConfigVariableName, boolean][]) {
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

function toUpstream(v: z.output<typeof upstreamSchema>): UpstreamConfig | undefined {
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
    maxConcurrency: v.AUTH0_MAX_CONCURRENCY,
    maxRetries: v.AUTH0_MAX_RETRIES,
    retryBaseDelayMs: v.AUTH0_RETRY_BASE_DELAY_MS,
    retryMaxDelayMs: v.AUTH0_RETRY_MAX_DELAY_MS,
    rateLimitMaxWaitMs: v.AUTH0_RATE_LIMIT_MAX_WAIT_MS,
    tokenRefreshLeewayMs: v.AUTH0_TOKEN_REFRESH_LEEWAY_MS,
  };
}

/** Parses one section's variables; its problems are added to `problems`. */
function section<S extends z.ZodType>(
  schema: S,
  names: readonly ConfigVariableName[],
  env: Env,
  problems: ConfigProblem[],
): z.output<S> | undefined {
  const input = Object.fromEntries(names.map((name) => [name, raw(env, name)]));
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push({ variable: String(issue.path[0] ?? "configuration"), message: issue.message });
  }
  return undefined;
}

const SERVER_VARIABLES = ["HOST", "PORT", "LOG_LEVEL", "NODE_ENV"] as const;
const UPSTREAM_VARIABLES = configVariables
  .map((v) => v.name)
  .filter((name): name is Extract<ConfigVariableName, `AUTH0_${string}`> => name.startsWith("AUTH0_"));

export function loadConfig(env: Env = process.env): Config {
  const problems: ConfigProblem[] = [];
  const server = section(serverSchema, SERVER_VARIABLES, env, problems);
  const upstream = section(upstreamSchema, UPSTREAM_VARIABLES, env, problems);
  problems.push(...credentialProblems(env));
  if (upstream && upstream.AUTH0_RETRY_BASE_DELAY_MS > upstream.AUTH0_RETRY_MAX_DELAY_MS) {
    problems.push({
      variable: "AUTH0_RETRY_BASE_DELAY_MS",
      message: `must not exceed AUTH0_RETRY_MAX_DELAY_MS (${upstream.AUTH0_RETRY_MAX_DELAY_MS})`,
    });
  }
  if (problems.length > 0 || !server || !upstream) throw new ConfigError(problems);
  const upstreamConfig = toUpstream(upstream);
  return {
    mode: upstreamConfig ? "tenant" : "embedded",
    server: { host: server.HOST, port: server.PORT },
    logLevel: server.LOG_LEVEL,
    nodeEnv: server.NODE_ENV,
    ...(upstreamConfig ? { upstream: upstreamConfig } : {}),
  };
}
