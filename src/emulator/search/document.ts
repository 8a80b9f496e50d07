import type { StoredUser } from "../state.js";
import { CASE_INSENSITIVE_FIELDS, DATE_FIELDS, type CaseInsensitiveField, type DateField } from "./searchable-fields.js";

/**
 * A user as the search engine reads it: the case-insensitive fields lower-cased and the dates as
 * epoch milliseconds, computed once per user version rather than on every request. The other
 * fields are read from the user itself.
 */
export interface SearchDocument {
  readonly user: StoredUser;
  readonly lower: Readonly<Partial<Record<CaseInsensitiveField, string>>>;
  /** The lower-cased part of the email after its last "@". */
  readonly emailDomain: string | undefined;
  readonly dates: Readonly<Partial<Record<DateField, number>>>;
}

interface CachedDocument extends SearchDocument {
  /** The `updated_at` the document was built from: a write in place that bumps it rebuilds it. */
  readonly version: string;
}

// Writers replace a user object rather than editing it, so identity is the cache key; the version
// check also catches an edit in place that bumps updated_at.
const documents = new WeakMap<StoredUser, CachedDocument>();

function build(user: StoredUser): CachedDocument {
  const lower: Partial<Record<CaseInsensitiveField, string>> = {};
  for (const field of CASE_INSENSITIVE_FIELDS) {
    const value = user[field];
    if (typeof value === "string") lower[field] = value.toLowerCase();
  }
  const dates: Partial<Record<DateField, number>> = {};
  for (const field of DATE_FIELDS) {
    const value = user[field];
    const ms = typeof value === "string" ? Date.parse(value) : Number.NaN;
    if (!Number.isNaN(ms)) dates[field] = ms;
  }
  const at = lower.email?.lastIndexOf("@") ?? -1;
  return {
    user,
    version: user.updated_at,
    lower,
    emailDomain: at >= 0 ? lower.email!.slice(at + 1) : undefined,
    dates,
  };
}

export function documentOf(user: StoredUser): SearchDocument {
  let document = documents.get(user);
  if (!document || document.version !== user.updated_at) {
    document = build(user);
    documents.set(user, document);
  }
  return document;
}
