import type { Logger } from "pino";

/**
 * Paths pino redacts wherever a logger is created (add them to `pino({ redact })`); the upstream
 * client's own child logger applies them too. The client never logs headers, bodies of token calls,
 * tokens or secrets — this is the second line of defence.
 */
export const REDACT_PATHS = [
  "authorization",
  "headers.authorization",
  "req.headers.authorization",
  "request.headers.authorization",
  "*.authorization",
  "access_token",
  "*.access_token",
  "client_secret",
  "*.client_secret",
  "clientSecret",
  "*.clientSecret",
  "token",
  "*.token",
  "credentials",
  "*.credentials",
  "upstream.credentials",
  "config.upstream.credentials",
];

export function upstreamLogger(parent: Logger | undefined): Logger | undefined {
  return parent?.child({ component: "upstream" }, { redact: { paths: REDACT_PATHS, censor: "[redacted]" } });
}
