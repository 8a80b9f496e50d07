import { trace } from "@opentelemetry/api";
import pino, { type DestinationStream, type Logger } from "pino";
import { createRequire } from "node:module";
import type PinoPrettyModule from "pino-pretty";
import type { LogLevel } from "../config.js";
import { REDACT_PATHS } from "../upstream/index.js";
import { capped, serializeLoggedError, withCappedStrings } from "./logged-error.js";

/**
 * pino-pretty is loaded only when lines are pretty (a terminal, development): a production process
 * writing JSON would otherwise hold its code and its dependencies' for nothing (about 1 MB of heap).
 */
const loadPinoPretty = (): typeof PinoPrettyModule => createRequire(import.meta.url)("pino-pretty") as typeof PinoPrettyModule;

/** What the gateway's logger censors wherever it appears: credentials of callers, of the tenant, and of the emulator. */
export const LOG_REDACT_PATHS = [
  ...REDACT_PATHS,
  "cookie",
  "*.cookie",
  "headers.cookie",
  "*.headers.cookie",
  "secret",
  "*.secret",
  "password",
  "*.password",
  "refresh_token",
  "*.refresh_token",
  "id_token",
  "*.id_token",
  "devToken",
  // Secret-bearing inputs of the graph and their wire names, and what carries them.
  "linkWith",
  "*.linkWith",
  "link_with",
  "*.link_with",
  "totpSecret",
  "*.totpSecret",
  "totp_secret",
  "*.totp_secret",
  "recoveryCode",
  "*.recoveryCode",
  "recovery_code",
  "*.recovery_code",
  "variables",
  "*.variables",
  "body",
  "*.body",
];

export interface LoggerOptions {
  level: LogLevel;
  /** Human-readable lines (pino-pretty) instead of JSON; defaults to whether stdout is a terminal. */
  pretty?: boolean;
  /** Where lines go; stdout by default (tests capture them). */
  destination?: DestinationStream;
  /** Each line written while a sampled span is active carries its `trace_id` and `span_id` (tracing on). */
  traceIds?: boolean;
}

function activeTraceIds(): Record<string, string> {
  const span = trace.getActiveSpan();
  if (!span?.isRecording()) return {};
  const { traceId, spanId } = span.spanContext();
  return { trace_id: traceId, span_id: spanId };
}

/**
 * The process logger: structured JSON (one object per line), redacted, readable in a terminal.
 * Errors are logged without what could quote a caller's input (logged-error.ts), and no string
 * value is longer than MAX_LOGGED_STRING.
 */
export function createLogger(options: LoggerOptions): Logger {
  const pretty = options.pretty ?? process.stdout.isTTY === true;
  const PinoPretty = pretty ? loadPinoPretty() : undefined;
  const destination = PinoPretty
    ? PinoPretty({
        colorize: options.destination === undefined && PinoPretty.isColorSupported,
        sync: true,
        translateTime: "SYS:HH:MM:ss.l",
        ignore: "pid,hostname,service",
        destination: options.destination ?? 1,
      })
    : (options.destination ?? pino.destination({ dest: 1, sync: true }));
  return pino(
    {
      level: options.level,
      base: { service: "usergraph" },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }), log: (record) => withCappedStrings(record) },
      serializers: { err: serializeLoggedError, error: serializeLoggedError },
      hooks: {
        // pino makes a logged error's own message the line's `msg`: it is capped like every string.
        logMethod(args, method) {
          const [first, ...rest] = args as unknown[];
          if (first instanceof Error && (rest.length === 0 || typeof rest[0] !== "string")) {
            return method.apply(this, [{ err: first }, capped(first.message)] as never);
          }
          return method.apply(this, args.map((arg) => (typeof arg === "string" ? capped(arg) : arg)) as never);
        },
      },
      redact: { paths: LOG_REDACT_PATHS, censor: "[redacted]" },
      ...(options.traceIds ? { mixin: activeTraceIds } : {}),
    },
    destination,
  );
}
