import { callerAuthVariables, toCallerAuth, type CallerAuthConfig } from "./config/caller-auth.js";
import { costVariables, type CostConfig } from "./config/cost.js";
import { operationsVariables, toEmbeddedEmulator, type EmbeddedEmulatorConfig } from "./config/operations.js";
import { securityVariables, toSecurity, type SecurityConfig } from "./config/security.js";
import { serverVariables, type LogLevel, type NodeEnv } from "./config/server.js";
import { toTracing, tracingVariables, type TracingConfig } from "./config/tracing.js";
import { credentialProblems, toUpstream, upstreamProblems, upstreamVariables, type UpstreamConfig } from "./config/upstream.js";
import { ConfigError, raw, readSection, variablesOf, type ConfigProblem, type ConfigVariable, type Env } from "./config/variables.js";

/**
 * The one place configuration is read. `loadConfig(env)` validates every variable at once and throws
 * a `ConfigError` listing one line per missing or invalid variable; secret values are never echoed.
 *
 * Each section (src/config/<section>.ts) declares its variables once — name, default, description,
 * parser — and turns their values into its part of `Config`. Adding a section: write its file, list
 * it in `sections` (the README table and `.env.example` follow that order) and read it in `loadConfig`.
 */

export type { CallerAuthConfig } from "./config/caller-auth.js";
export type { CostConfig } from "./config/cost.js";
export type { EmbeddedEmulatorConfig } from "./config/operations.js";
export { defaultSecurityConfig, type SecurityConfig } from "./config/security.js";
export type { LogLevel, NodeEnv } from "./config/server.js";
export type { TracingConfig } from "./config/tracing.js";
export type { UpstreamConfig, UpstreamCredentials } from "./config/upstream.js";
export { ConfigError, toOrigin, type ConfigProblem, type ConfigVariable } from "./config/variables.js";

/** The emulator's origin and dev credentials, once `src/main.ts` has started it (embedded mode). */
export interface RunningEmulatorInfo {
  origin: string;
  clientId: string;
  clientSecret: string;
}

export interface Config {
  /** "embedded": no AUTH0_DOMAIN, the gateway starts its own emulator; "tenant": a real (or external) tenant. */
  mode: "embedded" | "tenant";
  server: { host: string; port: number };
  /** Where uploads are spooled while their request runs (UPLOAD_DIR); the OS temp directory when undefined. */
  uploadDir?: string;
  logLevel: LogLevel;
  nodeEnv: NodeEnv;
  /** Undefined in embedded mode until `src/main.ts` reloads the config with the emulator's origin. */
  upstream?: UpstreamConfig;
  /** Undefined in embedded mode until `src/main.ts` reloads the config with the emulator's origin. */
  auth?: CallerAuthConfig;
  emulator: EmbeddedEmulatorConfig;
  /** GraphiQL at /graphql for browsers. */
  graphiql: boolean;
  /** On SIGTERM/SIGINT, in-flight operations get this long to finish. */
  shutdownTimeoutMs: number;
  /** Deadline of one GraphQL operation's upstream calls, together: past it they are cancelled. */
  operationTimeoutMs: number;
  security: SecurityConfig;
  cost: CostConfig;
  tracing: TracingConfig;
}

const sections = [
  serverVariables,
  upstreamVariables,
  callerAuthVariables,
  operationsVariables,
  securityVariables,
  costVariables,
  tracingVariables,
] as const;

/** Every environment variable the gateway reads (the README's configuration table and `.env.example` are written from it). */
export const configVariables: readonly ConfigVariable[] = sections.flatMap(variablesOf);

/**
 * Validates the environment. In embedded mode (no AUTH0_DOMAIN) `src/main.ts` starts the emulator
 * and loads again with `{ emulator }`: the upstream is then the emulator with its dev client
 * credentials (any AUTH0_MANAGEMENT_TOKEN or AUTH0_AUDIENCE is dropped) and callers' tokens are
 * issued by it unless AUTH_ISSUER says otherwise.
 */
export function loadConfig(environment: Env = process.env, options: { emulator?: RunningEmulatorInfo } = {}): Config {
  const { emulator } = options;
  const env: Env = emulator
    ? {
        ...environment,
        AUTH0_DOMAIN: emulator.origin,
        AUTH0_CLIENT_ID: emulator.clientId,
        AUTH0_CLIENT_SECRET: emulator.clientSecret,
        AUTH0_MANAGEMENT_TOKEN: undefined,
        AUTH0_AUDIENCE: undefined,
      }
    : environment;
  const problems: ConfigProblem[] = [];
  const server = readSection(serverVariables, env, problems);
  const upstream = readSection(upstreamVariables, env, problems);
  const callerAuth = readSection(callerAuthVariables, env, problems);
  const operations = readSection(operationsVariables, env, problems);
  const security = readSection(securityVariables, env, problems);
  const cost = readSection(costVariables, env, problems);
  const tracing = readSection(tracingVariables, env, problems);
  const auth = callerAuth && toCallerAuth(callerAuth, emulator?.origin, !emulator && raw(env, "AUTH0_DOMAIN") !== undefined, problems);
  problems.push(...credentialProblems(env));
  if (upstream) problems.push(...upstreamProblems(upstream));
  if (problems.length > 0 || !server || !upstream || !operations || !security || !cost || !tracing) throw new ConfigError(problems);
  const upstreamConfig = toUpstream(upstream);
  return {
    mode: upstreamConfig && !emulator ? "tenant" : "embedded",
    server: { host: server.HOST, port: server.PORT },
    ...(server.UPLOAD_DIR !== undefined ? { uploadDir: server.UPLOAD_DIR } : {}),
    logLevel: server.LOG_LEVEL,
    nodeEnv: server.NODE_ENV,
    ...(upstreamConfig ? { upstream: upstreamConfig } : {}),
    ...(upstreamConfig && auth ? { auth } : {}),
    emulator: toEmbeddedEmulator(operations),
    graphiql: operations.GRAPHIQL === "true",
    shutdownTimeoutMs: operations.SHUTDOWN_TIMEOUT_MS,
    operationTimeoutMs: operations.OPERATION_TIMEOUT_MS,
    security: toSecurity(security, server.NODE_ENV),
    cost: { budget: cost.COST_BUDGET },
    tracing: toTracing(tracing),
  };
}
