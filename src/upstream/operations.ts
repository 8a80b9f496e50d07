import type { paths } from "./oas.gen.js";

/**
 * Types of one REST operation derived from the generated OAS `paths`, so every client method's query,
 * path parameters, body and success body are checked against the contract at compile time.
 */

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";
export type ApiPath = keyof paths;

/** The methods a path template defines. */
export type MethodsOf<P extends ApiPath> = {
  [M in HttpMethod]-?: [NonNullable<paths[P][M]>] extends [never] ? never : M;
}[HttpMethod];

export type Operation<P extends ApiPath, M extends MethodsOf<P>> = NonNullable<paths[P][M]>;

type ParametersOf<Op> = Op extends { parameters: infer X } ? X : never;
type Defined<T> = [NonNullable<T>] extends [never] ? never : NonNullable<T>;

export type PathParams<Op> = ParametersOf<Op> extends { path?: infer X } ? Defined<X> : never;
export type QueryParams<Op> = ParametersOf<Op> extends { query?: infer X } ? Defined<X> : never;
type JsonContent<R> = [R] extends [never] ? never : R extends { content: { "application/json": infer B } } ? B : never;
export type RequestBody<Op> = Op extends { requestBody?: infer R } ? JsonContent<NonNullable<R>> : never;

type SuccessStatus = 200 | 201 | 202 | 204;
type JsonOf<R> = R extends { content: { "application/json": infer B } } ? B : undefined;
/** The JSON body of the operation's 2xx answer (`undefined` for 201/202/204 without a body). */
export type SuccessBody<Op> = Op extends { responses: infer R } ? JsonOf<R[keyof R & SuccessStatus]> : never;

type IfPresent<T, Shape> = [T] extends [never] ? { [K in keyof Shape]?: never } : Shape;

/** What a call passes: path parameters when the template has any, query and body as the operation defines. */
export type OperationInput<Op> = IfPresent<PathParams<Op>, { path: PathParams<Op> }> &
  IfPresent<QueryParams<Op>, { query?: QueryParams<Op> }> &
  IfPresent<RequestBody<Op>, { body: RequestBody<Op> }>;

/** Path templates split at their parameters: literal, name, literal, name, …, literal. */
const templates = new Map<string, string[]>();

function partsOf(template: string): string[] {
  let parts = templates.get(template);
  if (!parts) {
    parts = template.split(/\{([^}]+)\}/);
    templates.set(template, parts);
  }
  return parts;
}

/**
 * Longest value a path parameter may have. Auth0's longest ids are user ids: a provider, for some a
 * connection name (at most 128 characters), and the provider's own id (a custom database id is at
 * most 255): well under 1024. A longer value names nothing and is not sent.
 */
export const MAX_PATH_PARAMETER_LENGTH = 1024;

/** A path parameter that cannot be sent: empty, over-long, or a dot segment once decoded. */
export class PathParameterError extends TypeError {
  constructor(
    readonly parameter: string,
    readonly reason: string,
  ) {
    super(`path parameter "${parameter}" ${reason}`);
  }
}

const PERCENT_ESCAPE = /%([0-9A-Fa-f]{2})/g;

/**
 * Whether `value`, or any form of it that decoding percent-escapes (repeatedly: a proxy may decode
 * twice) makes, has a `.` or `..` segment. encodeURIComponent keeps dots, so `..` would be sent as a
 * dot segment that servers and proxies resolve (`/users/X/authentication-methods/..` is
 * `/users/X`); `%2e%2e` or `a%2F..` would be one after a decoding.
 */
function hasDotSegment(value: string): boolean {
  let form = value;
  for (;;) {
    if (form.split(/[/\\]/).some((segment) => segment === "." || segment === "..")) return true;
    const decoded = form.replace(PERCENT_ESCAPE, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    if (decoded === form) return false;
    form = decoded;
  }
}

/** Why a value cannot be a path parameter, or undefined when it can. */
export function pathParameterProblem(value: string): string | undefined {
  if (value === "") return "is missing";
  if (value.length > MAX_PATH_PARAMETER_LENGTH) return `is longer than ${MAX_PATH_PARAMETER_LENGTH} characters`;
  if (hasDotSegment(value))
    return `"${value.length <= 40 ? value : `${value.slice(0, 40)}…`}" is (or decodes to) a "." or ".." path segment`;
  return undefined;
}

/**
 * `/users/{id}/roles` + `{id: "auth0|1"}` → `/users/auth0%7C1/roles`. The one place a path is built:
 * a parameter that is empty, over-long or a dot segment (see pathParameterProblem) throws a
 * PathParameterError, so no call is made with it.
 */
export function expandPath(template: string, params: Record<string, unknown> | undefined): string {
  const parts = partsOf(template);
  let path = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const value = params?.[name];
    const text = value === undefined || value === null ? "" : String(value);
    const problem = pathParameterProblem(text);
    if (problem !== undefined) throw new PathParameterError(name, problem);
    path += encodeURIComponent(text) + parts[i + 1]!;
  }
  return path;
}

/** Characters form encoding (URLSearchParams) leaves as they are. */
const FORM_SAFE = /^[\w*.-]*$/;

/**
 * Query string of defined values; booleans as "true"/"false". Encoded as URLSearchParams does; a
 * pair with nothing to encode (`page=0`, `per_page=50`: most of them) is joined as it is, without
 * making a URLSearchParams for every call.
 */
export function queryString(query: Record<string, unknown> | undefined): string {
  let text = "";
  for (const name in query) {
    const value = query[name];
    if (value === undefined || value === null) continue;
    const string = String(value);
    const pair = FORM_SAFE.test(name) && FORM_SAFE.test(string) ? `${name}=${string}` : new URLSearchParams([[name, string]]).toString();
    text += text ? `&${pair}` : `?${pair}`;
  }
  return text;
}
