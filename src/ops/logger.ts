import pino, { type DestinationStream, type Logger } from "pino";
import PinoPretty from "pino-pretty";
import type { LogLevel } from "../config.js";
import { REDACT_PATHS } from "../upstream/index.js";

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
];

export interface LoggerOptions {
  level: LogLevel;
  /** Human-readable lines (pino-pretty) instead of JSON; defaults to whether stdout is a terminal. */
  pretty?: boolean;
  /** Where lines go; stdout by default (tests capture them). */
  destination?: DestinationStream;
}

/** The process logger: structured JSON (one object per line), redacted, readable in a terminal. */
export function createLogger(options: LoggerOptions): Logger {
  const pretty = options.pretty ?? process.stdout.isTTY === true;
  const destination = pretty
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
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: LOG_REDACT_PATHS, censor: "[redacted]" },
    },
    destination,
  );
}
