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

/** `/users/{id}/roles` + `{id: "auth0|1"}` → `/users/auth0%7C1/roles`. */
export function expandPath(template: string, params: Record<string, unknown> | undefined): string {
  const parts = partsOf(template);
  let path = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const value = params?.[name];
    if (value === undefined || value === null || value === "") throw new TypeError(`missing path parameter "${name}"`);
    path += encodeURIComponent(String(value)) + parts[i + 1]!;
  }
  return path;
}

/** Query string of defined values; booleans as "true"/"false". */
export function queryString(query: Record<string, unknown> | undefined): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
