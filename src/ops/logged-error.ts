import { GraphQLError } from "graphql";

// What of an error reaches the log. pino's standard serializer writes every enumerable property and
// the whole stack, and the first line of a stack is the message: a GraphQLError raised while
// coercing a caller's input repeats the input there (`String cannot represent a non string value:
// { pw: "…" }`), and yoga's invalid-JSON error carries the parser's error, which quotes the body.

/** Longest message kept (a caller-chosen string must not fill the log). */
export const MAX_LOGGED_MESSAGE = 300;
const MAX_FRAMES = 15;
const MAX_CAUSES = 3;

export function capped(text: string, max = MAX_LOGGED_MESSAGE): string {
  return text.length <= max ? text : `${text.slice(0, max)}…(${text.length} characters)`;
}

/** The `at …` lines of a stack, without its first line(s): the message, which may quote input. */
function frames(stack: string | undefined): string | undefined {
  if (!stack) return undefined;
  const kept = stack
    .split("\n")
    .filter((line) => /^\s+at /.test(line))
    .slice(0, MAX_FRAMES);
  return kept.length ? kept.join("\n") : undefined;
}

/**
 * The pino serializer of `err` (and of any Error logged by yoga):
 * - a GraphQLError is about the caller's request, which it may quote: its type, code, path and
 *   (already hidden, capped) message only — no stack, no extensions, no original error's message;
 * - another error is a fault of the gateway: its type, code, capped message, the stack's frames
 *   (not its message line) and, the same way, its causes.
 */
export function serializeLoggedError(value: unknown, depth = 0): unknown {
  if (!(value instanceof Error)) return typeof value === "string" ? capped(value) : value;
  const out: Record<string, unknown> = { type: value.constructor?.name ?? value.name };
  if (value instanceof GraphQLError) {
    const code = value.extensions?.code;
    if (typeof code === "string") out.code = code;
    out.message = capped(value.message);
    if (value.path) out.path = value.path.join(".");
    const original = value.originalError;
    if (original && !(original instanceof GraphQLError) && depth < MAX_CAUSES) out.cause = serializeLoggedError(original, depth + 1);
    return out;
  }
  const code = (value as { code?: unknown }).code;
  if (typeof code === "string" || typeof code === "number") out.code = code;
  out.message = capped(value.message);
  const stack = frames(value.stack);
  if (stack) out.stack = stack;
  if (value.cause !== undefined && depth < MAX_CAUSES) out.cause = serializeLoggedError(value.cause, depth + 1);
  return out;
}

/** Longest string value kept in a log line; longer ones (caller-chosen names, ids) are cut. */
export const MAX_LOGGED_STRING = 512;
const MAX_DEPTH = 5;

/** The log record with every long string cut; the same object when nothing is long. */
export function withCappedStrings<T>(value: T, depth = 0): T {
  if (typeof value === "string") return (value.length > MAX_LOGGED_STRING ? capped(value, MAX_LOGGED_STRING) : value) as T;
  if (value === null || typeof value !== "object" || value instanceof Error || depth >= MAX_DEPTH) return value;
  if (Array.isArray(value)) {
    let changed = false;
    const items = value.map((item) => {
      const next = withCappedStrings(item, depth + 1);
      if (next !== item) changed = true;
      return next;
    });
    return (changed ? items : value) as T;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return value;
  let copy: Record<string, unknown> | undefined;
  for (const [key, item] of Object.entries(value)) {
    const next = withCappedStrings(item, depth + 1);
    if (next === item) continue;
    copy ??= { ...(value as Record<string, unknown>) };
    copy[key] = next;
  }
  return (copy ?? value) as T;
}
