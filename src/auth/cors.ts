import type { YogaServerOptions } from "graphql-yoga";
import { CSRF_HEADERS } from "./csrf-prevention.js";

type CorsOption = NonNullable<YogaServerOptions<Record<string, never>, Record<string, never>>["cors"]>;

/** Request headers a browser client may send cross-origin. */
const ALLOWED_HEADERS = ["authorization", "content-type", "accept", "x-request-id", ...CSRF_HEADERS];

/**
 * yoga's CORS option for an allow-list of origins: only a listed origin gets CORS headers (echoed,
 * with `Vary: Origin`), any other origin none, so browsers refuse to hand it the answer. `*` allows
 * any origin. Bearer tokens travel in a header, never in cookies: credentials are not allowed.
 */
export function corsOption(origins: readonly string[]): CorsOption {
  if (origins.length === 0) return false;
  const any = origins.includes("*");
  return (request: Request) => {
    const origin = request.headers.get("origin");
    if (!origin || (!any && !origins.includes(origin))) return false;
    return {
      // Several origins (or `*`): the matching one is echoed with `Vary: Origin`.
      origin: any ? ["*"] : [...origins],
      methods: ["GET", "POST"],
      allowedHeaders: ALLOWED_HEADERS,
      // A browser client reads the 401's challenge (expired token → refresh it).
      exposedHeaders: ["WWW-Authenticate"],
      credentials: false,
      maxAge: 600,
    };
  };
}
