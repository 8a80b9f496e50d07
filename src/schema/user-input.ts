import { fullFormats } from "ajv-formats/dist/formats.js";
import { z } from "zod";
import type { CreateUserBody, UpdateUserBody } from "../upstream/types.js";

// What the contract (§2.2, §7, OAS `CreateUserRequestContent` / `UpdateUserRequestContent`) says a
// user write may contain, checked before anything is sent: a write Auth0 would refuse as malformed
// costs no upstream call and comes back with every problem at once, each naming its input field.
// Messages never repeat a value (a password must not come back). The tables map each input field to
// the attribute it is sent as and its check; from them come the zod schemas that checkInput parses
// (input-checks.ts), as every mutation's arguments are.

type Json = Record<string, unknown>;

export interface CreateUserInputShape {
  connection: string;
  email?: string | null;
  phoneNumber?: string | null;
  userMetadata?: Json | null;
  appMetadata?: Json | null;
  blocked?: boolean | null;
  emailVerified?: boolean | null;
  phoneVerified?: boolean | null;
  givenName?: string | null;
  familyName?: string | null;
  name?: string | null;
  nickname?: string | null;
  picture?: string | null;
  userId?: string | null;
  password?: string | null;
  verifyEmail?: boolean | null;
  username?: string | null;
}

export interface UpdateUserInputShape {
  blocked?: boolean | null;
  email?: string | null;
  emailVerified?: boolean | null;
  phoneNumber?: string | null;
  phoneVerified?: boolean | null;
  givenName?: string | null;
  familyName?: string | null;
  name?: string | null;
  nickname?: string | null;
  password?: string | null;
  picture?: string | null;
  username?: string | null;
  userMetadata?: Json | null;
  appMetadata?: Json | null;
  verifyEmail?: boolean | null;
  verifyPhoneNumber?: boolean | null;
  connection?: string | null;
  clientId?: string | null;
}

/** The contract's E.164 pattern for `phone_number`. */
export const E164 = /^\+[0-9]{1,15}$/;
/** Auth0 refuses request bodies over 1 MB (contract §1). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Keys Auth0 keeps for itself inside app_metadata (contract §7, DOCS metadata-fields-data). */
export const RESERVED_APP_METADATA_KEYS: ReadonlySet<string> = new Set([
  "__tenant",
  "_id",
  "blocked",
  "clientID",
  "created_at",
  "email_verified",
  "email",
  "globalClientID",
  "global_client_id",
  "identities",
  "lastIP",
  "lastLogin",
  "loginsCount",
  "metadata",
  "multifactor_last_modified",
  "multifactor",
  "updated_at",
  "user_id",
]);

/**
 * Pairs PATCH /users/{id} refuses together (contract §7), as input field names; each becomes one
 * userError at the first field of the pair whose message names both.
 */
export const REJECTED_UPDATE_PAIRS: readonly (readonly [keyof UpdateUserInputShape, keyof UpdateUserInputShape])[] = [
  ["password", "email"],
  ["password", "emailVerified"],
  ["username", "email"],
  ["username", "emailVerified"],
  ["username", "password"],
];

// The same formats the contract's JSON Schema names (ajv-formats' full mode), so the gateway refuses
// exactly what a schema-validating upstream would.
const EMAIL = fullFormats.email as RegExp;
const URI = fullFormats.uri as (value: string) => boolean;

/** Length in characters (code points), as JSON Schema's minLength/maxLength count. */
const length = (value: string) => [...value].length;

/** A field's check, given its input name (messages start with it). */
type Check = (name: string) => z.ZodType;

const text =
  (min: number, max = Infinity): Check =>
  (name) =>
    z.string().refine((value) => length(value) >= min && length(value) <= max, {
      error:
        max !== Infinity
          ? `${name} must be ${min} to ${max} characters long.`
          : min === 1
            ? `${name} must not be empty.`
            : `${name} must be at least ${min} characters long.`,
    });

const checks = {
  email: ((name) => z.string().refine((value) => EMAIL.test(value), { error: `${name} is not a valid email address.` })) as Check,
  phone: ((name) =>
    z.string().regex(E164, { error: `${name} must be in E.164 form: a + and 1 to 15 digits, e.g. +14155550100.` })) as Check,
  uri: ((name) =>
    z.string().refine((value) => URI(value), { error: `${name} must be an absolute URI, e.g. https://example.com/me.png.` })) as Check,
  customId: ((name) =>
    z
      .string()
      .regex(/^\S*$/, { error: `${name} must not contain whitespace.`, abort: true })
      .refine((value) => length(value) <= 255, { error: `${name} must be at most 255 characters long.` })) as Check,
  metadata: ((name) =>
    z.record(z.string(), z.unknown()).superRefine((value, ctx) => {
      for (const { path, message } of metadataIssues(name as MetadataField, value)) ctx.addIssue({ code: "custom", message, path });
    })) as Check,
};

interface FieldRule {
  /** The Auth0 attribute the field is sent as. */
  wire: string;
  /** PATCH only: an explicit null is sent, unsetting the attribute; otherwise null is refused. */
  unsettable?: boolean;
  /** Beyond the GraphQL type, which already holds. */
  check?: Check;
}

/** CreateUserInput → CreateUserRequestContent (contract §2.2). */
export const CREATE_USER_FIELDS: Readonly<Record<keyof CreateUserInputShape, FieldRule>> = {
  connection: { wire: "connection", check: text(1) },
  email: { wire: "email", check: checks.email },
  phoneNumber: { wire: "phone_number", check: checks.phone },
  userMetadata: { wire: "user_metadata", check: checks.metadata },
  appMetadata: { wire: "app_metadata", check: checks.metadata },
  blocked: { wire: "blocked" },
  emailVerified: { wire: "email_verified" },
  phoneVerified: { wire: "phone_verified" },
  givenName: { wire: "given_name", check: text(1, 150) },
  familyName: { wire: "family_name", check: text(1, 150) },
  name: { wire: "name", check: text(1, 300) },
  nickname: { wire: "nickname", check: text(1, 300) },
  picture: { wire: "picture", check: checks.uri },
  userId: { wire: "user_id", check: checks.customId },
  password: { wire: "password", check: text(1) },
  verifyEmail: { wire: "verify_email" },
  username: { wire: "username", check: text(1, 128) },
};

/** UpdateUserInput → UpdateUserRequestContent (contract §7); `unsettable` = nullable in the OAS. */
export const UPDATE_USER_FIELDS: Readonly<Record<keyof UpdateUserInputShape, FieldRule>> = {
  blocked: { wire: "blocked" },
  email: { wire: "email", unsettable: true, check: checks.email },
  emailVerified: { wire: "email_verified" },
  phoneNumber: { wire: "phone_number", unsettable: true, check: checks.phone },
  phoneVerified: { wire: "phone_verified" },
  givenName: { wire: "given_name", unsettable: true, check: text(1, 150) },
  familyName: { wire: "family_name", unsettable: true, check: text(1, 150) },
  name: { wire: "name", unsettable: true, check: text(1, 300) },
  nickname: { wire: "nickname", unsettable: true, check: text(1, 300) },
  password: { wire: "password", unsettable: true, check: text(1) },
  picture: { wire: "picture", unsettable: true, check: checks.uri },
  username: { wire: "username", unsettable: true, check: text(1, 128) },
  userMetadata: { wire: "user_metadata", check: checks.metadata },
  appMetadata: { wire: "app_metadata", check: checks.metadata },
  verifyEmail: { wire: "verify_email" },
  verifyPhoneNumber: { wire: "verify_phone_number" },
  connection: { wire: "connection", check: text(1) },
  clientId: { wire: "client_id", check: text(1) },
};

type MetadataField = "userMetadata" | "appMetadata";
const isMetadata = (name: string): name is MetadataField => name === "userMetadata" || name === "appMetadata";

/**
 * Metadata key names Auth0 refuses: any containing `.` or `$`, at any depth (nested objects and
 * objects inside arrays too — Auth0 stores metadata as documents whose keys may not hold them), and
 * for app_metadata the reserved top-level keys.
 */
export function metadataIssues(kind: MetadataField, metadata: Json): { path: string[]; message: string }[] {
  const problems: { path: string[]; message: string }[] = [];
  if (kind === "appMetadata") {
    for (const key of Object.keys(metadata)) {
      if (RESERVED_APP_METADATA_KEYS.has(key)) {
        problems.push({ path: [key], message: `appMetadata key "${key}" is reserved by Auth0 and cannot be set.` });
      }
    }
  }
  const walk = (value: unknown, path: string[]): void => {
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) walk(item, [...path, String(index)]);
      return;
    }
    if (!value || typeof value !== "object") return;
    for (const [key, child] of Object.entries(value)) {
      if (key.includes(".") || key.includes("$")) {
        problems.push({ path: [...path, key], message: `${kind} key names cannot contain "." or "$" (got "${key}").` });
      }
      walk(child, [...path, key]);
    }
  };
  walk(metadata, []);
  return problems;
}

/**
 * One input field's schema: its check, and what a null does — left out (`omit`: a new user has
 * nothing to unset), sent to unset the attribute (`unset`, where Auth0 can), or refused.
 */
function fieldSchema(name: string, rule: FieldRule, nulls: "omit" | "unset"): z.ZodType {
  const value = rule.check?.(name) ?? z.unknown();
  if (nulls === "omit" || rule.unsettable) return value.nullish();
  const refused = isMetadata(name)
    ? `${name} cannot be null; give {} to clear it entirely, or a key with null to delete that key.`
    : `${name} cannot be unset; leave it out to keep it as it is.`;
  return z
    .unknown()
    .refine((given): boolean => given !== null, { error: refused })
    .pipe(value)
    .optional();
}

/** The schema of a whole user input: each field checked, and the body no larger than Auth0 accepts. */
function inputSchema(rules: Readonly<Record<string, FieldRule>>, nulls: "omit" | "unset") {
  const shape = Object.fromEntries(Object.entries(rules).map(([name, rule]) => [name, fieldSchema(name, rule, nulls)]));
  return z.object(shape).superRefine(
    (input, ctx) => {
      const bytes = Buffer.byteLength(JSON.stringify(wireBody(input, rules)));
      if (bytes > MAX_BODY_BYTES)
        ctx.addIssue({ code: "custom", message: `The write is ${bytes} bytes as JSON; Auth0 accepts at most ${MAX_BODY_BYTES}.` });
    },
    // Only a write that is otherwise valid is weighed.
    { when: (payload) => payload.issues.length === 0 },
  );
}

/** The Auth0 body of a checked input: each given field under its wire name (a null only where it unsets). */
function wireBody(input: Json, rules: Readonly<Record<string, FieldRule>>): Json {
  const body: Json = {};
  for (const [name, value] of Object.entries(input)) {
    const rule = rules[name];
    if (rule && value !== undefined && (value !== null || rule.unsettable)) body[rule.wire] = value;
  }
  return body;
}

/** Whether an input gives a value (null included) for `field`. */
const given = (input: Json, field: string) => input[field] !== undefined;

/**
 * The combinations PATCH /users/{id} refuses, and options that apply only with another field: checked
 * alongside the fields (every problem comes back at once).
 */
function updateCombinations(input: Json, ctx: z.RefinementCtx): void {
  const problem = (path: string[], message: string) => ctx.addIssue({ code: "custom", message, path });
  if (Object.keys(UPDATE_USER_FIELDS).every((field) => !given(input, field))) problem([], "Give at least one attribute to change.");
  for (const [a, b] of REJECTED_UPDATE_PAIRS) {
    if (given(input, a) && given(input, b)) {
      problem([a], `${a} and ${b} cannot be changed in the same update (Auth0 refuses the pair); change them one at a time.`);
    }
  }
  if (given(input, "clientId") && !given(input, "email") && !given(input, "phoneNumber")) {
    problem(["clientId"], "clientId applies only to an email or phoneNumber change; give one of them with it.");
  }
  if (given(input, "verifyPhoneNumber") && !given(input, "phoneNumber")) {
    problem(["verifyPhoneNumber"], "verifyPhoneNumber applies only to a phoneNumber change; give phoneNumber with it.");
  }
}

/**
 * A CreateUserInput, parsed into the POST /users body. A null field is left out (a new user has
 * nothing to unset). Connection-dependent rules (a database connection needs an email and a
 * password, a username only where the connection requires one) are Auth0's to check.
 */
export const createUserInput = inputSchema(CREATE_USER_FIELDS, "omit").transform(
  (input) => wireBody(input, CREATE_USER_FIELDS) as CreateUserBody,
);

/**
 * An UpdateUserInput, parsed into the PATCH /users/{id} body: an absent field is left out
 * (untouched), an explicit null is sent as null (unset) where Auth0 supports it. Refuses an empty
 * update, the combinations Auth0 rejects, `clientId` without an email or phone change and
 * `verifyPhoneNumber` without a phone change.
 */
export const updateUserInput = inputSchema(UPDATE_USER_FIELDS, "unset")
  .superRefine((input, ctx) => updateCombinations(input as Json, ctx), { when: () => true })
  .transform((input) => wireBody(input, UPDATE_USER_FIELDS) as UpdateUserBody);

/** The fields of an update that carry a value (null included). */
export function givenUpdateFields(input: UpdateUserInputShape): string[] {
  return Object.keys(UPDATE_USER_FIELDS).filter((field) => given(input as Json, field));
}
