import { existsSync } from "node:fs";
import type { Logger } from "pino";
import { ConfigError, loadConfig, type Config } from "./config.js";
import type { RunningEmulator } from "./emulator/index.js";
import { startBanner } from "./ops/banner.js";
import { DEV_TOKEN_LIFETIME_S, EXAMPLE_OPERATION, isLoopbackHost, scopesCheckedBy } from "./ops/dev-caller.js";
import { createLogger } from "./ops/logger.js";
import { keepServingOnUnhandledRejection } from "./ops/process-guards.js";
import { startTracing } from "./ops/tracing.js";
import { schema } from "./schema/index.js";
import { assembleGateway, type GraphiQLOptions, type ResolvedConfig } from "./server.js";

/** Configuration problems: one line each, no stack, exit status 2. */
function loadOrExit(load: () => Config): Config {
  try {
    return load();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
}

function fail(logger: Logger, message: string, error: unknown): never {
  logger.fatal({ reason: error instanceof Error ? error.message : String(error) }, message);
  process.exit(1);
}

/** A seeded user with roles (so `me` and the example have something to show), for the dev token's `sub`. */
function devUserId(emulator: RunningEmulator): string | undefined {
  const ids = [...emulator.state.users.keys()];
  return ids.find((id) => (emulator.state.userRoles.get(id)?.length ?? 0) > 0) ?? ids[0];
}

// ./.env, when present, fills in what the environment does not set (Node >= 20.12).
if (existsSync(".env") && typeof process.loadEnvFile === "function") process.loadEnvFile(".env");

const initial = loadOrExit(() => loadConfig(process.env));
const logger = createLogger({ level: initial.logLevel, traceIds: initial.tracing.enabled });
keepServingOnUnhandledRejection(logger);

let emulator: RunningEmulator | undefined;
let config: ResolvedConfig;
if (initial.mode === "embedded") {
  try {
    // Loaded only in embedded mode: against a tenant the emulator (its seed data generator above all)
    // would only hold memory.
    const { startEmulator } = await import("./emulator/index.js");
    emulator = await startEmulator({
      host: "127.0.0.1",
      port: initial.emulator.port,
      users: initial.emulator.users,
      seed: initial.emulator.seed,
      latencyMs: initial.emulator.latencyMs,
    });
  } catch (error) {
    fail(logger, `The embedded emulator could not start on 127.0.0.1:${initial.emulator.port} (set EMULATOR_PORT)`, error);
  }
  const running = emulator;
  config = loadOrExit(() =>
    loadConfig(process.env, { emulator: { origin: running.url, clientId: running.clientId, clientSecret: running.clientSecret } }),
  ) as ResolvedConfig;
} else {
  config = initial as ResolvedConfig;
}

// In development, GraphiQL opens on an example; with the embedded emulator as the callers' issuer, with a dev token too
// — but only when the gateway listens on loopback, where no one else can load GraphiQL.
let devToken: { token: string; sub: string; scopes: number } | undefined;
const devIssuer = emulator !== undefined && config.auth.issuer === `${emulator.url}/`;
if (emulator && devIssuer && isLoopbackHost(config.server.host)) {
  const scopes = scopesCheckedBy(schema);
  const sub = devUserId(emulator) ?? "usergraph-dev";
  const token = await emulator.mintToken({ scope: scopes.join(" "), audience: config.auth.audience, sub, expiresIn: DEV_TOKEN_LIFETIME_S });
  devToken = { token, sub, scopes: scopes.length };
}
const graphiql: GraphiQLOptions =
  config.nodeEnv === "development"
    ? { defaultQuery: EXAMPLE_OPERATION, ...(devToken ? { headers: { Authorization: `Bearer ${devToken.token}` } } : {}) }
    : {};

const tracing = await startTracing(config.tracing);
const { gateway, closeClient } = assembleGateway(config, { logger, graphiql, processMetrics: true, ...(tracing ? { tracing } : {}) });
let url: string;
try {
  url = await gateway.listen(config.server.port, config.server.host);
} catch (error) {
  await closeClient();
  await emulator?.close();
  fail(logger, `The gateway could not listen on ${config.server.host}:${config.server.port} (set PORT or HOST)`, error);
}

process.stdout.write(
  startBanner({
    mode: config.mode,
    gatewayUrl: url,
    graphiql: config.graphiql,
    upstreamOrigin: config.upstream.origin,
    ...(emulator ? { emulatorUrl: emulator.url } : {}),
    ...(devToken ? { devToken } : {}),
    ...(devIssuer && !devToken ? { devTokenWithheld: { host: config.server.host, audience: config.auth.audience } } : {}),
  }),
);
logger.info(
  { mode: config.mode, url: `${url}/graphql`, upstream: config.upstream.origin, tracing: tracing ? config.tracing.sampler : "off" },
  "gateway listening",
);

let stopping = false;
async function stop(signal: NodeJS.Signals): Promise<void> {
  // A terminal's Ctrl-C reaches npm and this process alike, so a signal may come more than once;
  // the shutdown deadline bounds the wait either way.
  if (stopping) return;
  stopping = true;
  logger.info({ signal, timeoutMs: config.shutdownTimeoutMs }, "shutting down: finishing operations in flight");
  try {
    const { drained } = await gateway.shutdown(config.shutdownTimeoutMs);
    await closeClient();
    await emulator?.close();
    // The spans of the last operations are exported before the process ends.
    await tracing
      ?.shutdown()
      .catch((error: unknown) => logger.warn({ reason: (error as Error)?.message }, "the last spans could not be exported"));
    logger.info({ drained }, drained ? "stopped" : "stopped; operations still running at the deadline were cut off");
    process.exit(0);
  } catch (error) {
    fail(logger, "The shutdown failed", error);
  }
}
process.on("SIGINT", (signal) => void stop(signal));
process.on("SIGTERM", (signal) => void stop(signal));
