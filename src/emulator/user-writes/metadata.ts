import { invalidBody } from "../errors.js";
import type { JsonObject } from "../state.js";

export type MetadataKind = "user_metadata" | "app_metadata";

/** Keys Auth0 keeps for itself inside app_metadata (contract §7). */
const RESERVED_APP_METADATA_KEYS = new Set([
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

function checkKeyNames(value: unknown, path: string): void {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) checkKeyNames(item, `${path}[${index}]`);
    return;
  }
  if (!value || typeof value !== "object") return;
  for (const [key, child] of Object.entries(value)) {
    if (key.includes(".") || key.includes("$")) {
      throw invalidBody(`'Metadata key names may not contain "." or "$": ${key}' on property ${path}.`);
    }
    checkKeyNames(child, `${path}.${key}`);
  }
}

/** 400 for a metadata object Auth0 refuses: reserved app_metadata keys, key names with "." or "$". */
export function checkMetadata(kind: MetadataKind, metadata: JsonObject): void {
  if (kind === "app_metadata") {
    const reserved = Object.keys(metadata).find((key) => RESERVED_APP_METADATA_KEYS.has(key));
    if (reserved !== undefined)
      throw invalidBody(`'The key ${reserved} is reserved and may not be set in app_metadata' on property app_metadata.`);
  }
  checkKeyNames(metadata, kind);
}

/**
 * PATCH semantics (contract §7): merged one level deep — each top-level key of the patch replaces
 * that key wholesale, a null deletes it, keys not mentioned are kept; `{}` clears everything. Every
 * key is data, `__proto__` included.
 */
export function mergeMetadata(current: JsonObject | undefined, patch: JsonObject): JsonObject {
  if (Object.keys(patch).length === 0) return {};
  // A Map, then fromEntries: a key such as `__proto__` stays a key (an assignment would set the
  // object's prototype instead, dropping the key and planting its value under every other key).
  const merged = new Map(Object.entries(current ?? {}));
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) merged.delete(key);
    else merged.set(key, value);
  }
  return Object.fromEntries(merged) as JsonObject;
}

/** Metadata as given on create: null keys are simply not stored. */
export function initialMetadata(metadata: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(metadata).filter(([, value]) => value !== null));
}
