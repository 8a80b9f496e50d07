import { invalidSearch } from "./query-error.js";

// What a v3 search can name (contract §2.1 "Searchable", §4): the root profile fields with their
// index types, the pseudo-fields, and dotted paths into metadata and identities.

/** Matched without regard to case (contract §4). */
export const CASE_INSENSITIVE_FIELDS = ["email", "name", "given_name", "family_name", "nickname"] as const;
export const CASE_SENSITIVE_TEXT_FIELDS = ["user_id", "username", "phone_number", "last_ip"] as const;
export const BOOLEAN_FIELDS = ["email_verified", "phone_verified", "blocked"] as const;
export const NUMBER_FIELDS = ["logins_count"] as const;
export const DATE_FIELDS = ["created_at", "updated_at", "last_login"] as const;

/** What a bare term (no field) is matched against: the root text fields, never metadata. */
export const BARE_TERM_FIELDS = ["user_id", "email", "name", "given_name", "family_name", "nickname", "username", "phone_number"] as const;

export type CaseInsensitiveField = (typeof CASE_INSENSITIVE_FIELDS)[number];
export type CaseSensitiveTextField = (typeof CASE_SENSITIVE_TEXT_FIELDS)[number];
export type TextField = CaseInsensitiveField | CaseSensitiveTextField;
export type BooleanField = (typeof BOOLEAN_FIELDS)[number];
export type NumberField = (typeof NUMBER_FIELDS)[number];
export type DateField = (typeof DATE_FIELDS)[number];
export type PathRoot = "app_metadata" | "user_metadata" | "identities";

export type FieldSpec =
  | { kind: "text"; field: TextField; caseInsensitive: boolean }
  | { kind: "email.domain" }
  | { kind: "boolean"; field: BooleanField }
  | { kind: "number"; field: NumberField }
  | { kind: "date"; field: DateField }
  | { kind: "organization" }
  /** A dotted path under a nested root; arrays on the way are flattened. */
  | { kind: "path"; root: PathRoot; segments: string[] };

const includes = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

const PATH_ROOTS: readonly PathRoot[] = ["app_metadata", "user_metadata", "identities"];

/** The spec of a field named in a query; 400 for a name v3 cannot search. */
export function fieldSpec(field: string): FieldSpec {
  if (includes(CASE_INSENSITIVE_FIELDS, field)) return { kind: "text", field, caseInsensitive: true };
  if (includes(CASE_SENSITIVE_TEXT_FIELDS, field)) return { kind: "text", field, caseInsensitive: false };
  if (includes(BOOLEAN_FIELDS, field)) return { kind: "boolean", field };
  if (includes(NUMBER_FIELDS, field)) return { kind: "number", field };
  if (includes(DATE_FIELDS, field)) return { kind: "date", field };
  if (field === "email.domain") return { kind: "email.domain" };
  if (field === "organization_id") return { kind: "organization" };
  const [root, ...segments] = field.split(".");
  if (root !== undefined && includes(PATH_ROOTS, root) && segments.every((s) => s !== "")) {
    return { kind: "path", root, segments };
  }
  throw invalidSearch(`The field ${field} is not searchable`);
}
