import { invalidQuery } from "../errors.js";
import type { StoredUser } from "../state.js";
import { documentOf } from "./document.js";
import { fieldSpec, type CaseInsensitiveField, type FieldSpec } from "./searchable-fields.js";

export interface SortOrder {
  spec: Exclude<FieldSpec, { kind: "path" | "organization" }>;
  direction: 1 | -1;
}

const SORT_PATTERN = /^[a-zA-Z0-9_.]+:(1|-1)$/;

/** Reads `sort` (`field:1` ascending, `field:-1` descending); 400 for anything else. */
export function parseSort(raw: string): SortOrder {
  if (!SORT_PATTERN.test(raw)) {
    throw invalidQuery(`'String does not match pattern ^[a-zA-Z0-9_.]+:(1|-1)$: ${raw}' on property sort.`);
  }
  const [field, direction] = raw.split(":") as [string, string];
  let spec: FieldSpec;
  try {
    spec = fieldSpec(field);
  } catch {
    throw invalidQuery(`'Cannot sort by ${field}' on property sort.`);
  }
  if (spec.kind === "path") throw invalidQuery(`'Sorting by metadata or identities is not supported: ${field}' on property sort.`);
  if (spec.kind === "organization") throw invalidQuery(`'Cannot sort by ${field}' on property sort.`);
  return { spec, direction: direction === "1" ? 1 : -1 };
}

type SortKey = string | number | undefined;

function keyOf(user: StoredUser, spec: SortOrder["spec"]): SortKey {
  switch (spec.kind) {
    case "text": {
      if (spec.caseInsensitive) return documentOf(user).lower[spec.field as CaseInsensitiveField];
      const value = user[spec.field];
      return typeof value === "string" ? value : undefined;
    }
    case "email.domain":
      return documentOf(user).emailDomain;
    case "date":
      return documentOf(user).dates[spec.field];
    case "number": {
      const value = user[spec.field];
      return typeof value === "number" ? value : undefined;
    }
    case "boolean": {
      const value = user[spec.field];
      return typeof value === "boolean" ? Number(value) : undefined;
    }
  }
}

/**
 * Sorts by one field; users without a value come last in either direction, and ties keep the
 * default (stable) order.
 */
export function sortUsers(users: readonly StoredUser[], order: SortOrder): StoredUser[] {
  const keyed = users.map((user) => ({ user, key: keyOf(user, order.spec) }));
  keyed.sort((a, b) => {
    if (a.key === undefined || b.key === undefined) return a.key === b.key ? 0 : a.key === undefined ? 1 : -1;
    if (a.key === b.key) return 0;
    return (a.key < b.key ? -1 : 1) * order.direction;
  });
  return keyed.map((entry) => entry.user);
}
