import { randomBytes } from "node:crypto";
import { ApiError, invalidBody } from "../errors.js";
import { offsetPage } from "../pagination.js";
import { requireUser, type Route, type RouteContext } from "../route.js";
import type { AuthenticationMethod, StoredUser } from "../state.js";
import { validateBody } from "../validation.js";

type CreatableType = "phone" | "email" | "totp" | "webauthn-roaming" | "passkey";
type WriteBody = Record<string, unknown> & { type: CreatableType };

const PASSKEY_ONLY = [
  "aaguid",
  "credential_device_type",
  "credential_backed_up",
  "identity_user_id",
  "user_agent",
  "user_handle",
  "transports",
];

/** The fields each type needs and the ones it accepts besides `type` and `name`. */
const FIELDS: Record<CreatableType, { required: string[]; optional: string[] }> = {
  phone: { required: ["phone_number"], optional: ["preferred_authentication_method"] },
  email: { required: ["email"], optional: [] },
  totp: { required: ["totp_secret"], optional: [] },
  "webauthn-roaming": { required: ["key_id", "public_key"], optional: ["relying_party_identifier"] },
  passkey: { required: ["key_id", "public_key"], optional: ["relying_party_identifier", ...PASSKEY_ONLY] },
};

const FORMATS: Record<string, { pattern: RegExp; expected: string }> = {
  phone_number: { pattern: /^\+[0-9]{1,15}$/, expected: "an E.164 phone number" },
  email: { pattern: /^[^\s@]+@[^\s@]+$/, expected: "an email address" },
  totp_secret: { pattern: /^[A-Za-z2-7]+=*$/, expected: "base32" },
  public_key: { pattern: /^[A-Za-z0-9+/_-]+={0,2}$/, expected: "base64" },
};

/** Keys of the contract's create / set / update response schemas (each is additionalProperties: false). */
const SET_RESPONSE_KEYS = [
  "id",
  "type",
  "name",
  "totp_secret",
  "phone_number",
  "email",
  "authentication_methods",
  "preferred_authentication_method",
  "key_id",
  "public_key",
  "aaguid",
  "relying_party_identifier",
  "created_at",
];
/** The set keys with the passkey-only ones before `created_at` (the order of the contract's schema). */
const CREATE_RESPONSE_KEYS = [...SET_RESPONSE_KEYS.slice(0, -1), ...PASSKEY_ONLY.filter((k) => k !== "aaguid"), "created_at"];
const UPDATE_RESPONSE_KEYS = [...SET_RESPONSE_KEYS, "confirmed"];
/** Types the update response schema can carry. */
const UPDATABLE_TYPES = new Set(["phone", "email", "totp", "webauthn-roaming"]);

function pick(source: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => source[k] !== undefined).map((k) => [k, source[k]]));
}

/** A device id like the seed's, `dev_` + 16 alphanumerics; method ids are `<type>|<device>`. */
function newDevice(): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  return `dev_${[...randomBytes(16)].map((b) => alphabet[b % alphabet.length]).join("")}`;
}

function checkName(name: unknown): void {
  if (typeof name === "string" && (name.length < 1 || name.length > 20)) {
    throw invalidBody("'String length must be between 1 and 20' on property name.");
  }
}

/** Type-specific rules the contract's schema cannot express: required fields, formats, foreign fields. */
function checkWrite(body: WriteBody, where = ""): void {
  const { required, optional } = FIELDS[body.type];
  for (const field of required) {
    if (body[field] === undefined) throw invalidBody(`'Missing required property: ${field}' for type ${body.type}${where}.`);
  }
  for (const field of Object.keys(body)) {
    if (field !== "type" && field !== "name" && !required.includes(field) && !optional.includes(field)) {
      throw invalidBody(`'Property ${field} does not apply to type ${body.type}'${where}.`);
    }
    const format = FORMATS[field];
    if (format && typeof body[field] === "string" && !format.pattern.test(body[field])) {
      throw invalidBody(`'Expected ${format.expected}' on property ${field}${where}.`);
    }
  }
  checkName(body.name);
}

/** What makes two methods the same enrolment; a user has at most one authenticator app. */
function identityOf(method: { type: string; phone_number?: unknown; email?: unknown; key_id?: unknown }): string | undefined {
  switch (method.type) {
    case "phone":
      return `phone:${String(method.phone_number)}`;
    case "email":
      return `email:${String(method.email).toLowerCase()}`;
    case "totp":
      return "totp";
    case "webauthn-roaming":
    case "passkey":
      return `key:${String(method.key_id)}`;
    default:
      return undefined;
  }
}

const alreadyExists = () => new ApiError(409, "Authentication method already exists.", "already_exists");

/** The stored method (auto-confirmed) and the create/set answer, which also echoes `totp_secret`. */
function build(body: WriteBody, now: string): { stored: AuthenticationMethod; echoed: Record<string, unknown> } {
  const { totp_secret: _secret, ...fields } = body;
  const device = newDevice();
  const stored = { id: `${body.type}|${device}`, ...fields, confirmed: true, created_at: now, enrolled_at: now } as AuthenticationMethod;
  if (body.type === "phone") {
    stored.preferred_authentication_method ??= "sms";
    stored.authentication_methods = [{ id: `sms|${device}`, type: "sms" }];
  }
  return { stored, echoed: { ...stored, ...(body.totp_secret !== undefined ? { totp_secret: body.totp_secret } : {}) } };
}

function requireMethod(ctx: RouteContext, user: StoredUser): AuthenticationMethod {
  const id = ctx.params.authentication_method_id ?? "";
  const method = ctx.state.authenticationMethods.get(user.user_id)?.find((m) => m.id === id);
  if (!method) throw new ApiError(404, "The authentication method does not exist.", "inexistent_authentication_method");
  return method;
}

function rejectWhenPasskey(methods: readonly AuthenticationMethod[]): void {
  if (methods.some((m) => m.type === "passkey")) {
    throw new ApiError(
      403,
      "The user has a passkey: delete it by id before replacing or deleting all authentication methods.",
      "operation_not_allowed",
    );
  }
}

const listMethods: Route = {
  method: "GET",
  path: "/api/v2/users/{id}/authentication-methods",
  scopes: ["read:authentication_methods"],
  query: ["page", "per_page", "include_totals"],
  handle(ctx) {
    const user = requireUser(ctx);
    const methods = ctx.state.authenticationMethods.get(user.user_id) ?? [];
    return offsetPage(ctx, methods, { key: "authenticators", defaultPerPage: 50, minPerPage: 0 });
  },
};

const createMethod: Route = {
  method: "POST",
  path: "/api/v2/users/{id}/authentication-methods",
  scopes: ["create:authentication_methods"],
  query: [],
  handle(ctx) {
    const body = validateBody<WriteBody>(ctx.body, "CreateUserAuthenticationMethodRequestContent");
    checkWrite(body);
    const user = requireUser(ctx);
    const methods = ctx.state.authenticationMethods.get(user.user_id) ?? [];
    if (methods.some((m) => identityOf(m) === identityOf(body))) throw alreadyExists();
    const { stored, echoed } = build(body, ctx.now().toISOString());
    ctx.state.authenticationMethods.set(user.user_id, [...methods, stored]);
    ctx.changed();
    return { status: 201, body: pick(echoed, CREATE_RESPONSE_KEYS) };
  },
};

const replaceMethods: Route = {
  method: "PUT",
  path: "/api/v2/users/{id}/authentication-methods",
  scopes: ["update:authentication_methods"],
  query: [],
  handle(ctx) {
    const bodies = validateBody<WriteBody[]>(ctx.body, "SetUserAuthenticationMethodsRequestContent");
    for (const [index, body] of bodies.entries()) checkWrite(body, ` (item ${index})`);
    const identities = bodies.map(identityOf);
    if (new Set(identities).size !== identities.length) throw alreadyExists();
    // Unlike the other writes here the contract lists no 404, but nothing can be set on a missing user.
    const user = requireUser(ctx);
    rejectWhenPasskey(ctx.state.authenticationMethods.get(user.user_id) ?? []);
    const now = ctx.now().toISOString();
    const built = bodies.map((body) => build(body, now));
    if (built.length > 0)
      ctx.state.authenticationMethods.set(
        user.user_id,
        built.map((b) => b.stored),
      );
    else ctx.state.authenticationMethods.delete(user.user_id);
    ctx.changed();
    return { status: 200, body: built.map((b) => pick(b.echoed, SET_RESPONSE_KEYS)) };
  },
};

// The contract documents no 404 here: a user that does not exist has nothing to delete.
const deleteAllMethods: Route = {
  method: "DELETE",
  path: "/api/v2/users/{id}/authentication-methods",
  scopes: ["delete:authentication_methods"],
  query: [],
  handle(ctx) {
    const methods = ctx.state.authenticationMethods.get(ctx.params.id ?? "");
    if (methods) {
      rejectWhenPasskey(methods);
      ctx.state.authenticationMethods.delete(ctx.params.id ?? "");
      ctx.changed();
    }
    return { status: 204 };
  },
};

const getMethod: Route = {
  method: "GET",
  path: "/api/v2/users/{id}/authentication-methods/{authentication_method_id}",
  scopes: ["read:authentication_methods"],
  query: [],
  handle(ctx) {
    return { status: 200, body: requireMethod(ctx, requireUser(ctx)) };
  },
};

const updateMethod: Route = {
  method: "PATCH",
  path: "/api/v2/users/{id}/authentication-methods/{authentication_method_id}",
  scopes: ["update:authentication_methods"],
  query: [],
  handle(ctx) {
    const body = validateBody<{ name?: string; preferred_authentication_method?: "sms" | "voice" }>(
      ctx.body,
      "UpdateUserAuthenticationMethodRequestContent",
    );
    checkName(body.name);
    const method = requireMethod(ctx, requireUser(ctx));
    if (!UPDATABLE_TYPES.has(method.type)) {
      throw new ApiError(400, `Authentication methods of type ${method.type} cannot be updated.`, "operation_not_supported");
    }
    if (body.preferred_authentication_method !== undefined && method.type !== "phone") {
      throw invalidBody("'preferred_authentication_method applies to phone authentication methods only'.");
    }
    if (body.name !== undefined) method.name = body.name;
    if (body.preferred_authentication_method !== undefined) method.preferred_authentication_method = body.preferred_authentication_method;
    if (Object.keys(body).length > 0) ctx.changed();
    return { status: 200, body: pick(method as unknown as Record<string, unknown>, UPDATE_RESPONSE_KEYS) };
  },
};

const deleteMethod: Route = {
  method: "DELETE",
  path: "/api/v2/users/{id}/authentication-methods/{authentication_method_id}",
  scopes: ["delete:authentication_methods"],
  query: [],
  handle(ctx) {
    const user = requireUser(ctx);
    const target = requireMethod(ctx, user);
    // Linked methods (the same link_id, or one naming the other) go together.
    const linked = (m: AuthenticationMethod) =>
      m.id === target.id ||
      (target.link_id !== undefined && (m.link_id === target.link_id || m.id === target.link_id)) ||
      m.link_id === target.id;
    const kept = (ctx.state.authenticationMethods.get(user.user_id) ?? []).filter((m) => !linked(m));
    if (kept.length > 0) ctx.state.authenticationMethods.set(user.user_id, kept);
    else ctx.state.authenticationMethods.delete(user.user_id);
    ctx.changed();
    return { status: 204 };
  },
};

export const authenticationMethodsRoutes: Route[] = [
  listMethods,
  createMethod,
  replaceMethods,
  deleteAllMethods,
  getMethod,
  updateMethod,
  deleteMethod,
];
