import { z } from "zod";

/*
 * What the gateway relies on in Auth0's 2xx answers, checked before a body is handed on: an HTML
 * page or `{}` where a user was expected, or a list that is not a list, must not become an empty
 * list, a user without an id or an internal error further up. A structural check only — the ids the
 * graph keys on and the lists it pages through; every other attribute may be absent, as reads ask
 * for some attributes only. The OAS types describe the rest at compile time.
 */

// Plain z.object: unknown keys are allowed (and the body handed on is the one received, not zod's
// copy); built once, as building a schema costs far more than checking a page with it.
const anyObject = z.object({});
const withId = z.object({ id: z.string() });
const user = z.object({ user_id: z.string() });
/** A user read with `fields` that leave its id out. */
const someUser = anyObject;

const permission = z.object({ permission_name: z.string(), resource_server_identifier: z.string() });
const method = z.object({ id: z.string(), type: z.string() });
const blocks = z.object({ blocked_for: z.array(anyObject) });

/** Auth0's two offset-list shapes: a bare array, or `{start, limit, total, <key>: [...]}` (a role's users may also carry `next`). */
function offsetList(key: string, item: z.ZodType) {
  return z.union([
    z.array(item),
    z.object({ [key]: z.array(item), start: z.number().optional(), limit: z.number().optional(), total: z.number().optional() }),
  ]);
}

function checkpointList(key: string, item: z.ZodType) {
  return z.object({ [key]: z.array(item), next: z.string().optional() });
}

type Query = Readonly<Record<string, unknown>> | undefined;

/** Whether a user read with this query is answered with its `user_id` (`fields` may leave it out). */
function asksForUserId(query: Query): boolean {
  if (typeof query?.fields !== "string") return true;
  const listed = query.fields.split(",").includes("user_id");
  return query.include_fields === false || query.include_fields === "false" ? !listed : listed;
}

/** A shape for user reads, by whether the query asks for `user_id`. */
function byUserId(withIds: z.ZodType, withoutIds: z.ZodType): (query: Query) => z.ZodType {
  return (query) => (asksForUserId(query) ? withIds : withoutIds);
}

/** The checked shape of each operation's 2xx body, by `METHOD route`; an operation not listed is not checked. */
const SHAPES: ReadonlyMap<string, z.ZodType | ((query: Query) => z.ZodType)> = new Map<string, z.ZodType | ((query: Query) => z.ZodType)>([
  ["GET /users", byUserId(offsetList("users", user), offsetList("users", someUser))],
  ["GET /users/{id}", byUserId(user, someUser)],
  ["GET /users-by-email", byUserId(z.array(user), z.array(someUser))],
  ["POST /users", user],
  ["PATCH /users/{id}", user],
  ["POST /users/{id}/identities", z.array(anyObject)],
  ["DELETE /users/{id}/identities/{provider}/{user_id}", z.array(anyObject)],
  ["GET /users/{id}/roles", offsetList("roles", withId)],
  ["GET /users/{id}/permissions", offsetList("permissions", permission)],
  ["GET /users/{id}/organizations", offsetList("organizations", withId)],
  ["GET /users/{id}/logs", offsetList("logs", anyObject)],
  ["GET /users/{id}/enrollments", z.array(anyObject)],
  ["POST /users/{id}/recovery-code-regeneration", z.object({ recovery_code: z.string() })],
  ["GET /users/{id}/authentication-methods", offsetList("authenticators", method)],
  ["GET /users/{id}/authentication-methods/{authentication_method_id}", method],
  ["POST /users/{id}/authentication-methods", anyObject],
  ["PUT /users/{id}/authentication-methods", z.array(anyObject)],
  ["PATCH /users/{id}/authentication-methods/{authentication_method_id}", anyObject],
  ["GET /users/{user_id}/sessions", checkpointList("sessions", withId)],
  ["GET /users/{user_id}/refresh-tokens", checkpointList("tokens", withId)],
  ["GET /sessions/{id}", withId],
  ["GET /refresh-tokens/{id}", withId],
  ["PATCH /sessions/{id}", withId],
  ["PATCH /refresh-tokens/{id}", withId],
  ["GET /user-blocks", blocks],
  ["GET /user-blocks/{id}", blocks],
  ["GET /roles", offsetList("roles", withId)],
  ["GET /roles/{id}", withId],
  ["GET /roles/{id}/users", offsetList("users", user)],
  ["GET /roles/{id}/permissions", offsetList("permissions", permission)],
  ["GET /organizations/{id}", withId],
]);

/** What is wrong with a 2xx body of `method route`, in a few words (never its content), or undefined when it is usable. */
export function responseShapeProblem(method: string, route: string, query: Query, body: unknown): string | undefined {
  const entry = SHAPES.get(`${method} ${route}`);
  if (entry === undefined) return undefined;
  const shape = typeof entry === "function" ? entry(query) : entry;
  if (body === undefined) return "no body";
  if (typeof body === "string") return "a body that is not JSON";
  const result = shape.safeParse(body);
  if (result.success) return undefined;
  return result.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join(".") : "the body"}: ${issue.message}`)
    .join("; ");
}
