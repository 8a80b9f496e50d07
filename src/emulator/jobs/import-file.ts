import { randomBytes } from "node:crypto";
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { Connection, EmulatorState, StoredUser } from "../state.js";
import { accountHolder } from "../user-writes/accounts.js";

// A users import file: a JSON array of users in Auth0's bulk-import schema (DOCS
// bulk-import-database-schema-examples). Each user is checked on its own; the ones that fail are
// reported with their errors and the rest are inserted, or updated when `upsert` is set.

export const MAX_IMPORT_FILE_BYTES = 512_000;
export const MAX_CONCURRENT_IMPORTS = 2;

export interface ImportUserError {
  code: string;
  message: string;
  path: string;
}

export interface ImportResult {
  summary: { failed: number; updated: number; inserted: number; total: number };
  errors: { user: unknown; errors: ImportUserError[] }[];
}

const metadata = { type: "object" };
const importUserSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    email: { type: "string", format: "email", maxLength: 300 },
    email_verified: { type: "boolean" },
    user_id: { type: "string", minLength: 1, maxLength: 255, pattern: "^[^|]+$" },
    username: { type: "string", minLength: 1, maxLength: 128, pattern: "^[A-Za-z0-9_+\\-.!#$'^`~@]+$" },
    given_name: { type: "string", minLength: 1, maxLength: 150 },
    family_name: { type: "string", minLength: 1, maxLength: 150 },
    name: { type: "string", minLength: 1, maxLength: 300 },
    nickname: { type: "string", minLength: 1, maxLength: 300 },
    picture: { type: "string", format: "uri" },
    blocked: { type: "boolean" },
    app_metadata: metadata,
    user_metadata: metadata,
    password_hash: { type: "string", pattern: "^\\$2[abxy]?\\$\\d{2}\\$[./A-Za-z0-9]{53}$" },
    custom_password_hash: {
      type: "object",
      required: ["algorithm", "hash"],
      properties: {
        algorithm: { enum: ["argon2", "bcrypt", "hmac", "ldap", "md4", "md5", "sha1", "sha256", "sha512", "pbkdf2", "scrypt"] },
        hash: { type: "object", required: ["value"], properties: { value: { type: "string" } } },
      },
    },
    mfa_factors: { type: "array", items: { type: "object" } },
  },
  required: ["email"],
};

const ajv = new Ajv2020({ strict: false, allErrors: true });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
const validateUser = ajv.compile(importUserSchema);

function formatError(error: ErrorObject): ImportUserError {
  const params = error.params as Record<string, unknown>;
  const path = [error.instancePath.slice(1).replaceAll("/", "."), params.missingProperty ?? params.additionalProperty]
    .filter((part) => typeof part === "string" && part !== "")
    .join(".");
  const message =
    error.keyword === "additionalProperties"
      ? `Additional properties not allowed: ${String(params.additionalProperty)}`
      : error.keyword === "required"
        ? `Missing required property: ${String(params.missingProperty)}`
        : `${error.message ?? "invalid value"}`;
  return { code: "INVALID_FORMAT", message, path };
}

/** Parses the uploaded file: an array of users, or the reason the whole job fails. */
export function parseImportFile(contents: Buffer): unknown[] | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(contents.toString("utf8"));
  } catch {
    return "Failed to parse users file JSON when importing users. Make sure it is valid JSON.";
  }
  if (!Array.isArray(parsed)) return "Users file must be a JSON array of users.";
  return parsed;
}

interface ImportUser {
  email: string;
  email_verified?: boolean;
  user_id?: string;
  username?: string;
  given_name?: string;
  family_name?: string;
  name?: string;
  nickname?: string;
  picture?: string;
  blocked?: boolean;
  app_metadata?: Record<string, unknown>;
  user_metadata?: Record<string, unknown>;
  password_hash?: string;
}

const PROFILE_KEYS = [
  "email",
  "email_verified",
  "username",
  "given_name",
  "family_name",
  "name",
  "nickname",
  "picture",
  "blocked",
  "app_metadata",
  "user_metadata",
] as const;

/** Applies the users of an import file to the tenant. */
export function applyImport(state: EmulatorState, connection: Connection, users: unknown[], upsert: boolean, now: Date): ImportResult {
  const result: ImportResult = { summary: { failed: 0, updated: 0, inserted: 0, total: users.length }, errors: [] };
  const fail = (user: unknown, errors: ImportUserError[]) => {
    result.summary.failed += 1;
    result.errors.push({ user, errors });
  };
  const seenEmails = new Set<string>();
  const at = now.toISOString();
  for (const raw of users) {
    if (!validateUser(raw)) {
      fail(raw, (validateUser.errors ?? []).map(formatError));
      continue;
    }
    const input = raw as unknown as ImportUser;
    const email = input.email.toLowerCase();
    if (connection.requires_username && input.username === undefined) {
      fail(raw, [{ code: "INVALID_FORMAT", message: "Missing required property: username", path: "username" }]);
      continue;
    }
    if (seenEmails.has(email)) {
      fail(raw, [{ code: "DUPLICATED_USER", message: "The user appears more than once in the file", path: "email" }]);
      continue;
    }
    seenEmails.add(email);
    const profile: Record<string, unknown> = {};
    for (const key of PROFILE_KEYS) if (input[key] !== undefined) profile[key] = input[key];
    profile.email = email;
    const existing = accountHolder(state, connection.name, { email });
    if (existing) {
      if (!upsert) {
        fail(raw, [{ code: "DUPLICATED_USER", message: "The user already exist and upsert parameter is false", path: "" }]);
        continue;
      }
      const emailChanged = existing.email !== email;
      Object.assign(existing, profile, { updated_at: at });
      if (emailChanged && input.email_verified !== true) existing.email_verified = false;
      if (input.password_hash) state.passwords.set(existing.user_id, input.password_hash);
      result.summary.updated += 1;
      continue;
    }
    const localId = input.user_id ?? randomBytes(12).toString("hex");
    const userId = `auth0|${localId}`;
    if (state.users.has(userId)) {
      fail(raw, [{ code: "DUPLICATED_USER", message: "A user with this user_id already exists", path: "user_id" }]);
      continue;
    }
    const user: StoredUser = {
      user_id: userId,
      email_verified: false,
      ...profile,
      created_at: at,
      updated_at: at,
      identities: [{ connection: connection.name, provider: "auth0", user_id: localId, isSocial: false }],
      name: input.name ?? email,
      nickname: input.nickname ?? email.split("@")[0]!,
    };
    state.users.set(userId, user);
    if (input.password_hash) state.passwords.set(userId, input.password_hash);
    result.summary.inserted += 1;
  }
  return result;
}
