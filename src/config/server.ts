import { integer, oneOf, text, textWithDefault, type SectionSpec } from "./variables.js";

export type LogLevel = "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
export type NodeEnv = "development" | "production" | "test";

/** Where the gateway listens, how it logs, which environment it runs in. */
export const serverVariables = {
  HOST: { default: "127.0.0.1", description: "Interface the gateway listens on.", parse: textWithDefault() },
  PORT: { default: "4000", description: "Port the gateway listens on (0 picks a free one).", parse: integer(0, 65_535) },
  LOG_LEVEL: {
    default: "info",
    description: "fatal, error, warn, info, debug, trace or silent.",
    parse: oneOf<LogLevel>(["fatal", "error", "warn", "info", "debug", "trace", "silent"]),
  },
  UPLOAD_DIR: {
    default: undefined,
    description:
      "Writable directory where uploaded files (`importUsers`) are written as they arrive, a directory per request, " +
      "removed once it is answered. Unset: the OS temp directory (`TMPDIR`, else /tmp).",
    parse: text(),
  },
  NODE_ENV: {
    default: "development",
    description: "development, production or test.",
    parse: oneOf<NodeEnv>(["development", "production", "test"]),
  },
} satisfies SectionSpec;
