/**
 * The one error type of the upstream client. Every failure — an Auth0 error answer, a token-endpoint
 * refusal, a timeout, a dropped connection, a call refused by the caller's call budget — becomes an
 * `UpstreamError`; its message never carries a token, a secret or a header.
 */
export type UpstreamErrorKind = "http" | "timeout" | "network" | "aborted" | "budget" | "deadline" | "invalid" | "malformed";

export interface UpstreamErrorInit {
  message: string;
  /**
   * The HTTP status; 0 when no HTTP answer came (timeout, network, aborted, budget, deadline); 400 for a call refused as invalid before
   * sending.
   */
  statusCode: number;
  kind: UpstreamErrorKind;
  method: string;
  /** The OAS route template, e.g. "/users/{id}/roles", or "/oauth/token". */
  route: string;
  /** Auth0's `errorCode` (Management API) or OAuth `error` (token endpoint). */
  errorCode?: string;
  /** For 429s: how long the upstream asked to wait. */
  retryAfterMs?: number;
}

export class UpstreamError extends Error {
  override readonly name = "UpstreamError";
  readonly statusCode: number;
  readonly kind: UpstreamErrorKind;
  readonly method: string;
  readonly route: string;
  readonly errorCode?: string;
  readonly retryAfterMs?: number;

  constructor(init: UpstreamErrorInit) {
    super(init.message);
    this.statusCode = init.statusCode;
    this.kind = init.kind;
    this.method = init.method;
    this.route = init.route;
    if (init.errorCode !== undefined) this.errorCode = init.errorCode;
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      statusCode: this.statusCode,
      kind: this.kind,
      method: this.method,
      route: this.route,
      ...(this.errorCode !== undefined ? { errorCode: this.errorCode } : {}),
      ...(this.retryAfterMs !== undefined ? { retryAfterMs: this.retryAfterMs } : {}),
    };
  }
}

/** A call not made: the client view it went through had made its budget of calls (see withCallBudget). */
export class CallBudgetExhausted extends UpstreamError {
  readonly budget: number;

  constructor(init: { method: string; route: string; budget: number }) {
    super({
      message: `${init.method} ${init.route} was not made: the budget of ${init.budget} Management API calls is spent`,
      statusCode: 0,
      kind: "budget",
      method: init.method,
      route: init.route,
    });
    this.budget = init.budget;
  }
}

/**
 * A call not made: a path parameter could not be sent (empty, over-long, or a `.`/`..` segment once
 * decoded, which would address another resource). No Auth0 object has such an id. Status 400 and
 * errorCode `invalid_uri`, as Auth0 answers a path it refuses.
 */
export class InvalidPathParameter extends UpstreamError {
  /** The parameter's name in the route template, e.g. "authentication_method_id". */
  readonly parameter: string;
  /** What is wrong with its value, e.g. `is longer than 1024 characters`. */
  readonly reason: string;

  constructor(init: { method: string; route: string; parameter: string; reason: string }) {
    super({
      message: `${init.method} ${init.route} was not made: the path parameter ${init.parameter} ${init.reason}`,
      statusCode: 400,
      errorCode: "invalid_uri",
      kind: "invalid",
      method: init.method,
      route: init.route,
    });
    this.parameter = init.parameter;
    this.reason = init.reason;
  }
}

/**
 * A 2xx answer whose body is not what the contract promises where the gateway relies on it (an HTML
 * page, `{}` for a user, a list that is not one): see response-shapes.ts. A write so answered may
 * have been made. The message says what is wrong, never the body's content.
 */
export class MalformedResponse extends UpstreamError {
  constructor(init: { method: string; route: string; status: number; problem: string }) {
    super({
      message: `${init.method} ${init.route} answered ${init.status} with a body the gateway cannot use (${init.problem})`,
      statusCode: init.status,
      errorCode: "malformed_response",
      kind: "malformed",
      method: init.method,
      route: init.route,
    });
  }
}

/** Why a call scope's calls were cancelled at its deadline (the abort reason of its signal). */
export class ScopeDeadlineExceeded extends Error {
  override readonly name = "ScopeDeadlineExceeded";
  constructor(readonly deadlineMs: number) {
    super(`the deadline of ${deadlineMs} ms passed`);
  }
}

/** A call cut or not made because the deadline of its scope (all the calls of one operation) passed. */
export class DeadlineExceeded extends UpstreamError {
  readonly deadlineMs: number;

  constructor(init: { method: string; route: string; deadlineMs: number }) {
    super({
      message:
        `${init.method} ${init.route} was cancelled: the deadline of ${init.deadlineMs} ms for all the ` + `calls of its operation passed`,
      statusCode: 0,
      kind: "deadline",
      method: init.method,
      route: init.route,
    });
    this.deadlineMs = init.deadlineMs;
  }
}

export function isUpstreamError(error: unknown): error is UpstreamError {
  return error instanceof UpstreamError;
}

export function isNotFound(error: unknown): error is UpstreamError {
  return error instanceof UpstreamError && error.statusCode === 404;
}

const JWT_PATTERN = /eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g;

/** Removes anything token-shaped and each of `secrets` from text that may reach a caller or a log. */
export function scrub(text: string, secrets: readonly string[] = []): string {
  let result = text.replace(JWT_PATTERN, "[redacted]");
  for (const secret of secrets) {
    if (secret.length >= 4) result = result.split(secret).join("[redacted]");
  }
  return result;
}

function field(body: unknown, name: string): string | undefined {
  if (!body || typeof body !== "object") return undefined;
  const value = (body as Record<string, unknown>)[name];
  return typeof value === "string" && value !== "" ? value : undefined;
}

/**
 * Maps an error answer: Auth0's `{statusCode, error, message, errorCode}` or OAuth's
 * `{error, error_description}` (also the legacy `{code, description}`).
 */
export function errorFromResponse(init: {
  method: string;
  route: string;
  status: number;
  body: unknown;
  retryAfterMs?: number;
  secrets?: readonly string[];
}): UpstreamError {
  const { body, status } = init;
  const oauthCode = field(body, "error_description") !== undefined || field(body, "description") !== undefined;
  const message =
    field(body, "message") ??
    field(body, "error_description") ??
    field(body, "description") ??
    field(body, "error") ??
    (typeof body === "string" && body.trim() !== "" ? body.trim().slice(0, 200) : undefined) ??
    `Upstream answered ${status}`;
  const errorCode = field(body, "errorCode") ?? (oauthCode ? (field(body, "error") ?? field(body, "code")) : undefined);
  return new UpstreamError({
    message: scrub(message, init.secrets),
    statusCode: status,
    kind: "http",
    method: init.method,
    route: init.route,
    ...(errorCode !== undefined ? { errorCode } : {}),
    ...(init.retryAfterMs !== undefined ? { retryAfterMs: init.retryAfterMs } : {}),
  });
}
