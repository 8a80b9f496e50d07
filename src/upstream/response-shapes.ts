import { z } from "zod";

/*
 * What the gateway relies on in Auth0's 2xx answers, checked before a body is handed on: an HTML
 * page or `{}` where a user was expected, or a list that is not a list, must not become an empty
 * list, a user without an id or an internal error further up. A structural check only — the ids the
 * graph keys on and the lists it pages through; every other attribute may be absent, as reads ask
 * for some attributes only. The OAS types describe the rest at compile time.
 */

const anyObject = z.looseObject({});
const withId = z.looseObject({ id: z.string() });
const user = z.looseObject({ user_id: z.string() });
/** A user read with `fields`: its id only when it was asked for. */
const someUser = anyObject;

const permission = z.looseObject({ permission_name: z.string(), resource_server_identifier: z.string() });
const method = z.looseObject({ id: z.string(), type: z.string() });

/** Auth0's two offset-list shapes: a bare array, or `{start, limit, total, <key>: [...]}` (a role's users may also carry `next`). */
function offsetList(key: string, item: z.ZodType) {
  return z.union([
    z.array(item),
    z.looseObject({ [key]: z.array(item), start: z.number().optional(), limit: z.number().optional(), total: z.number().optional() }),
  ]);
}

function checkpointList(key: string, item: z.ZodType) {
  return z.looseObject({ [key]: z.array(item), next: z.string().optional() });
}

type Query = Readonly<Record<string, unknown>> | undefined;

/** Whether a user read with this query is answered with its `user_id` (`fields` may leave it out). */
function asksForUserId(query: Query): boolean {
  if (typeof query?.fields !== "string") return true;
  const listed = query.fields.split(",").includes("user_id");
  return query.include_fields === false || query.include_fields === "false" ? !listed : listed;
}

const usersAnswer = (query: Query) => (asksForUserId(query) ? user : someUser);

/** The checked shape of each operation's 2xx body, by `METHOD route`; an operation not listed is not checked. */
const SHAPES: Readonly<Record<string, (query: Query) => z.ZodType>> = {
  "GET /users": (query) => offsetList("users", usersAnswer(query)),
  "GET /users/{id}": usersAnswer,
  "GET /users-by-email": (query) => z.array(usersAnswer(query)),
  "POST /users": () => user,
  "PATCH /users/{id}": () => user,
  "POST /users/{id}/identities": () => z.array(anyObject),
  "DELETE /users/{id}/identities/{provider}/{user_id}": () => z.array(anyObject),
  "GET /users/{id}/roles": () => offsetList("roles", withId),
  "GET /users/{id}/permissions": () => offsetList("permissions", permission),
  "GET /users/{id}/organizations": () => offsetList("organizations", withId),
  "GET /users/{id}/logs": () => offsetList("logs", anyObject),
  "GET /users/{id}/enrollments": () => z.array(anyObject),
  "POST /users/{id}/recovery-code-regeneration": () => z.looseObject({ recovery_code: z.string() }),
  "GET /users/{id}/authentication-methods": () => offsetList("authenticators", method),
  "GET /users/{id}/authentication-methods/{authentication_method_id}": () => method,
  "POST /users/{id}/authentication-methods": () => anyObject,
  "PUT /users/{id}/authentication-methods": () => z.array(anyObject),
  "PATCH /users/{id}/authentication-methods/{authentication_method_id}": () => anyObject,
  "GET /users/{user_id}/sessions": () => checkpointList("sessions", withId),
  "GET /users/{user_id}/refresh-tokens": () => checkpointList("tokens", withId),
  "GET /sessions/{id}": () => withId,
  "GET /refresh-tokens/{id}": () => withId,
  "GET /user-blocks": () => z.looseObject({ blocked_for: z.array(anyObject) }),
  "GET /user-blocks/{id}": () => z.looseObject({ blocked_for: z.array(anyObject) }),
  "GET /roles": () => offsetList("roles", withId),
  "GET /roles/{id}": () => withId,
  "GET /roles/{id}/users": () => offsetList("users", user),
  "GET /roles/{id}/permissions": () => offsetList("permissions", permission),
  "GET /organizations/{id}": () => withId,
};

/** Prebuilt shapes of the operations whose shape does not depend on the query. */
const FIXED = new Map(Object.entries(SHAPES).map(([key, shape]) => [key, shape.length === 0 ? shape(undefined) : undefined]));

/** What is wrong with a 2xx body of `method route`, in a few words (never its content), or undefined when it is usable. */
export function responseShapeProblem(method: string, route: string, query: Query, body: unknown): string | undefined {
  const key = `${method} ${route}`;
  const shape = FIXED.get(key) ?? SHAPES[key]?.(query);
  if (!shape) return undefined;
  if (body === undefined) return "no body";
  if (typeof body === "string") return "a body that is not JSON";
  const result = shape.safeParse(body);
  if (result.success) return undefined;
  return result.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join(".") : "the body"}: ${issue.message}`)
    .join("; ");
}
