import type { ErrorObject } from "ajv";
import { invalidBody, invalidQuery } from "./errors.js";
import { schemaValidator } from "./contract.js";

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  const where = error.instancePath ? ` on property ${error.instancePath.slice(1).replaceAll("/", ".")}` : "";
  if (error.keyword === "additionalProperties") {
    return `'Additional properties not allowed: ${String(params.additionalProperty)}'${where}.`;
  }
  if (error.keyword === "required") {
    return `'Missing required property: ${String(params.missingProperty)}'${where}.`;
  }
  return `'${error.message ?? "invalid value"}'${where}.`;
}

/** Throws Auth0's 400 `invalid_body` when `body` does not match the contract schema `schemaName`. */
export function validateBody<T>(body: unknown, schemaName: string): T {
  if (body === undefined) throw invalidBody("'Request body is required'.");
  const validate = schemaValidator(schemaName);
  if (!validate(body)) {
    const first = validate.errors?.[0];
    throw invalidBody(first ? describe(first) : "'invalid body'.");
  }
  return body as T;
}

export function rejectUnknownQuery(query: URLSearchParams, allowed: readonly string[]): void {
  for (const name of query.keys()) {
    if (!allowed.includes(name)) throw invalidQuery(`'Additional properties not allowed: ${name}'.`);
  }
}

export function intParam(query: URLSearchParams, name: string, bounds: { min?: number; max?: number } = {}): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw === "") return undefined;
  if (!/^-?\d+$/.test(raw)) throw invalidQuery(`'Expected type integer but found type string' on property ${name}.`);
  const value = Number(raw);
  if (bounds.min !== undefined && value < bounds.min) {
    throw invalidQuery(`'Value ${value} is less than minimum ${bounds.min}' on property ${name}.`);
  }
  if (bounds.max !== undefined && value > bounds.max) {
    throw invalidQuery(`'Value ${value} is greater than maximum ${bounds.max}' on property ${name}.`);
  }
  return value;
}

export function boolParam(query: URLSearchParams, name: string): boolean | undefined {
  const raw = query.get(name);
  if (raw === null || raw === "") return undefined;
  if (raw === "true") return true;
  if (raw === "false") return false;
  throw invalidQuery(`'Expected type boolean but found type string' on property ${name}.`);
}

/**
 * Session and refresh-token metadata: string values of at most 255 characters (the contract's schema
 * caps only the key count). `null` and `{}` both clear it, stored as null.
 */
export function metadataUpdate(value: Record<string, unknown> | null, property: string): Record<string, string> | null {
  if (value === null) return null;
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry !== "string") throw invalidBody(`'Expected type string' on property ${property}.${key}.`);
    if (entry.length > 255) throw invalidBody(`'String is too long (${entry.length} chars), maximum 255' on property ${property}.${key}.`);
  }
  return Object.keys(value).length === 0 ? null : (value as Record<string, string>);
}

/** A required string query parameter of at most `maxLength` characters. */
export function requiredParam(query: URLSearchParams, name: string, maxLength = Infinity): string {
  const value = query.get(name);
  if (value === null || value === "") throw invalidQuery(`'Missing required property: ${name}'.`);
  if (value.length > maxLength)
    throw invalidQuery(`'String is too long (${value.length} chars), maximum ${maxLength}' on property ${name}.`);
  return value;
}
