import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { loadConfig } from "../../src/config.js";
import { startEmulator, type EmulatorOptions, type RunningEmulator } from "../../src/emulator/index.js";
import { createLogger } from "../../src/ops/logger.js";
import { startTracing, type Tracing } from "../../src/ops/tracing.js";
import { assembleGateway, type AssembledGateway, type ResolvedConfig } from "../../src/server.js";
import { ALL_GRAPH_SCOPES } from "../support/gateway.js";
import type { GraphQLAnswer } from "../support/graphql-answer.js";
import { LogCapture } from "../support/log-capture.js";

export { LogCapture, type LogRecord } from "../support/log-capture.js";
import { START_NODE_FLAGS } from "../support/start-command.js";

const ROOT = resolve(import.meta.dirname, "../..");
/** The compiled program `npm start` runs (built by test/support/build.ts before the suite). */
const MAIN = join(ROOT, "dist/main.js");

export interface OpsGateway extends AssembledGateway {
  emulator: RunningEmulator;
  config: ResolvedConfig;
  url: string;
  log: LogCapture;
  /** Present when the env turned tracing on (OTEL_EXPORTER_OTLP_ENDPOINT…). */
  tracing: Tracing | undefined;
  token(options?: { scope?: string; sub?: string }): Promise<string>;
  post<TData = Record<string, unknown>>(
    body: unknown,
    options?: { token?: string | null; headers?: Record<string, string> },
  ): Promise<{ status: number; headers: Headers; body: GraphQLAnswer<TData> }>;
  get(path: string): Promise<{ status: number; headers: Headers; text: string }>;
  close(): Promise<void>;
}

/**
 * The gateway as `src/main.ts` wires it (metrics hooks, logger, caller verification from the
 * configuration) in this process, over a test emulator. `env` adds variables; `tenantEnv` replaces
 * the embedded-mode configuration with a tenant-mode one pointing at the emulator.
 */
export async function startOpsGateway(
  options: {
    env?: Record<string, string>;
    emulator?: EmulatorOptions;
    tenantEnv?: (emulator: RunningEmulator) => Record<string, string>;
  } = {},
): Promise<OpsGateway> {
  const emulator = await startEmulator({ users: 30, seed: 5, ...options.emulator });
  const env = { LOG_LEVEL: "trace", ...options.env };
  const config = (
    options.tenantEnv
      ? loadConfig({ ...env, ...options.tenantEnv(emulator) })
      : loadConfig(env, { emulator: { origin: emulator.url, clientId: emulator.clientId, clientSecret: emulator.clientSecret } })
  ) as ResolvedConfig;
  const log = new LogCapture();
  const logger = createLogger({ level: config.logLevel, pretty: false, destination: log, traceIds: config.tracing.enabled });
  const tracing = await startTracing(config.tracing);
  const assembled = assembleGateway(config, { logger, ...(tracing ? { tracing } : {}) });
  const url = await assembled.gateway.listen(0, "127.0.0.1");
  const token: OpsGateway["token"] = ({ scope = ALL_GRAPH_SCOPES, sub } = {}) =>
    emulator.mintToken({ scope, audience: config.auth.audience, ...(sub ? { sub } : {}) });
  return {
    ...assembled,
    emulator,
    config,
    url,
    log,
    tracing,
    token,
    async post(body, { token: bearer, headers = {} } = {}) {
      const authorization = bearer === undefined ? `Bearer ${await token()}` : bearer === null ? undefined : `Bearer ${bearer}`;
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}), ...headers },
        body: JSON.stringify(body),
      });
      return { status: response.status, headers: response.headers, body: await response.json() };
    },
    async get(path) {
      const response = await fetch(`${url}${path}`);
      return { status: response.status, headers: response.headers, text: await response.text() };
    },
    async close() {
      await assembled.gateway.close();
      await assembled.closeClient();
      await tracing?.shutdown();
      await emulator.close();
    },
  };
}

export interface MainProcess {
  child: ChildProcessWithoutNullStreams;
  /** The gateway's origin. */
  url: string;
  emulatorUrl: string | undefined;
  devToken: string | undefined;
  stdout(): string;
  stderr(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves once stdout contains `pattern`. */
  waitForOutput(pattern: RegExp): Promise<RegExpMatchArray>;
  kill(): void;
}

/** The environment `npm start` would see, and nothing of this test process's (NODE_ENV=test, say). */
function childEnv(env: Record<string, string>): Record<string, string> {
  const keep = ["PATH", "HOME", "TMPDIR", "LANG"];
  return {
    ...Object.fromEntries(keep.flatMap((name) => (process.env[name] ? [[name, process.env[name]!]] : []))),
    ...env,
  };
}

/** Runs the compiled `dist/main.js` as `npm start` does (with its Node flags), in an empty working directory (no .env). */
export function runMain(env: Record<string, string>): {
  child: ChildProcessWithoutNullStreams;
  stdout(): string;
  stderr(): string;
  exited: MainProcess["exited"];
} {
  const child = spawn(process.execPath, [...START_NODE_FLAGS, MAIN], {
    cwd: mkdtempSync(join(tmpdir(), "usergraph-main-")),
    env: childEnv(env),
    stdio: "pipe",
    // Its own process group, so a failed test can end it and anything it started together.
    detached: true,
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** Ends a `runMain` process and its process group, if still running. */
export function killGroup(child: ChildProcessWithoutNullStreams): void {
  try {
    process.kill(-child.pid!, "SIGKILL");
  } catch {
    // already gone
  }
}

/** Starts `npm start`'s program in embedded mode on free ports and waits for its banner. */
export async function startMain(env: Record<string, string> = {}): Promise<MainProcess> {
  const run = runMain({ PORT: "0", EMULATOR_PORT: "0", EMULATOR_USERS: "30", ...env });
  const waitForOutput = (pattern: RegExp) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const check = () => {
        const match = pattern.exec(run.stdout());
        if (!match) return false;
        run.child.stdout.off("data", onData);
        resolve(match);
        return true;
      };
      const onData = () => void check();
      if (check()) return;
      run.child.stdout.on("data", onData);
      void run.exited.then(({ code }) => {
        if (!check()) reject(new Error(`dist/main.js exited (${code}) before printing ${pattern}:\n${run.stdout()}\n${run.stderr()}`));
      });
    });
  await waitForOutput(/Ctrl-C stops/);
  const out = run.stdout();
  return {
    ...run,
    url: /GraphQL\s+(http:\/\/\S+)\/graphql/.exec(out)![1]!,
    emulatorUrl: /Emulator\s+(http:\/\/\S+)/.exec(out)?.[1],
    devToken: /Dev token[^\n]*\n\s+(\S+)/.exec(out)?.[1],
    waitForOutput,
    kill: () => killGroup(run.child),
  };
}
