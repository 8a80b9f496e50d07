import { parseArgs } from "node:util";
import { startEmulator, type EmulatorOptions } from "./server.js";

const USAGE = `Usage: npm run emulator -- [--host 127.0.0.1] [--port 4010] [--users 200] [--seed 1]
  [--latency-ms 0] [--jitter-ms 0] [--rate-limit <req/s>] [--burst <n>]
  [--client-id <id>] [--client-secret <secret>] [--data <file>]
  [--job-users-per-second 2000] [--job-start-delay-ms 100] [--export-link-ttl-seconds 60]
  [--job-ttl-seconds 86400]`;

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function number(name: string, raw: string | undefined, min: number, integer = true): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(value) || value < min || (integer && !Number.isInteger(value))) {
    fail(`--${name} must be ${integer ? "an integer" : "a number"} >= ${min} (got "${raw}")`);
  }
  return value;
}

const OPTIONS = {
  host: { type: "string" },
  port: { type: "string" },
  users: { type: "string" },
  seed: { type: "string" },
  "latency-ms": { type: "string" },
  "jitter-ms": { type: "string" },
  "rate-limit": { type: "string" },
  burst: { type: "string" },
  "client-id": { type: "string" },
  "client-secret": { type: "string" },
  data: { type: "string" },
  "job-users-per-second": { type: "string" },
  "job-start-delay-ms": { type: "string" },
  "export-link-ttl-seconds": { type: "string" },
  "job-ttl-seconds": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** The command line's values; a bad option is one clear line and exit code 2 (see fail). */
function readArgs(argv: string[]) {
  try {
    return parseArgs({ args: argv, strict: true, options: OPTIONS }).values;
  } catch (error) {
    return fail((error as Error).message);
  }
}

function parse(argv: string[]): EmulatorOptions {
  const values = readArgs(argv);
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const port = number("port", values.port, 0);
  if (port !== undefined && port > 65535) fail("--port must be at most 65535");
  const options: EmulatorOptions = {
    host: values.host ?? "127.0.0.1",
    port: port ?? 4010,
    users: number("users", values.users, 0),
    seed: number("seed", values.seed, 0),
    latencyMs: number("latency-ms", values["latency-ms"], 0),
    jitterMs: number("jitter-ms", values["jitter-ms"], 0),
    rateLimit: number("rate-limit", values["rate-limit"], 0.001, false),
    burst: number("burst", values.burst, 1),
    clientId: values["client-id"],
    clientSecret: values["client-secret"],
    dataFile: values.data,
  };
  const usersPerSecond = number("job-users-per-second", values["job-users-per-second"], 0.001, false);
  const startDelayMs = number("job-start-delay-ms", values["job-start-delay-ms"], 0);
  const linkTtl = number("export-link-ttl-seconds", values["export-link-ttl-seconds"], 1);
  const jobTtl = number("job-ttl-seconds", values["job-ttl-seconds"], 1);
  options.jobs = {
    ...(usersPerSecond !== undefined ? { usersPerSecond } : {}),
    ...(startDelayMs !== undefined ? { startDelayMs } : {}),
    ...(linkTtl !== undefined ? { linkTtlMs: linkTtl * 1000 } : {}),
    ...(jobTtl !== undefined ? { jobTtlMs: jobTtl * 1000 } : {}),
  };
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as EmulatorOptions;
}

let emulator: Awaited<ReturnType<typeof startEmulator>>;
try {
  emulator = await startEmulator(parse(process.argv.slice(2)));
} catch (error) {
  // A bad --data file or a port in use: one clear line, no stack trace.
  process.stderr.write(`emulator: ${(error as Error).message}\n`);
  process.exit(1);
}
process.stdout.write(
  [
    `Auth0 Management API emulator listening on ${emulator.url}`,
    `  Management API  ${emulator.url}/api/v2`,
    `  Token endpoint  ${emulator.url}/oauth/token  (audience ${emulator.url}/api/v2/)`,
    `  JWKS            ${emulator.url}/.well-known/jwks.json`,
    `  Dev client id     ${emulator.clientId}`,
    `  Dev client secret ${emulator.clientSecret}`,
    "  Connections (name, id; users imports need an id):",
    ...emulator.state.connections.map((c) => `    ${c.name.padEnd(36)} ${c.id}`),
    "",
  ].join("\n"),
);

const stop = async () => {
  await emulator.close();
  process.exit(0);
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
