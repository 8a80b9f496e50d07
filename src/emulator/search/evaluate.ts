import { datePeriod, type DatePeriod } from "./date-period.js";
import type { SearchDocument } from "./document.js";
import type { BooleanQuery, ExistsQuery, Query, RangeQuery, TermQuery } from "./query.js";
import { invalidSearch } from "./query-error.js";
import { BARE_TERM_FIELDS, fieldSpec, type CaseInsensitiveField, type FieldSpec } from "./searchable-fields.js";

// Compiles a parsed query, once per request, into a predicate over search documents. Everything a
// field does not support (wildcards or ranges on user_metadata, a non-date on a date field…) is
// rejected here, before any user is looked at. v3 does not tokenize: a term matches a whole value.

export type Predicate = (document: SearchDocument) => boolean;

export interface SearchEnvironment {
  /** Member user_ids by organization id (for `organization_id`). */
  organizationMembers: ReadonlyMap<string, readonly string[]>;
}

const NUMBER = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const ISO_DATE = /^\d{4}-\d{2}(?:-\d{2})?(?:T|$)/;
const matchAll: Predicate = () => true;

/** `*` glob over literal pieces (see TermQuery.wildcard). */
function globMatches(value: string, pieces: readonly string[]): boolean {
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  const end = value.length - last.length;
  if (end < first.length || !value.startsWith(first) || !value.endsWith(last)) return false;
  let at = first.length;
  for (let i = 1; i < pieces.length - 1; i += 1) {
    const piece = pieces[i]!;
    const found = value.indexOf(piece, at);
    if (found < 0 || found + piece.length > end) return false;
    at = found + piece.length;
  }
  return true;
}

type TextSpec = Extract<FieldSpec, { kind: "text" | "email.domain" }>;

function textOf(spec: TextSpec): (document: SearchDocument) => string | undefined {
  if (spec.kind === "email.domain") return (d) => d.emailDomain;
  if (spec.caseInsensitive) {
    const field = spec.field as CaseInsensitiveField;
    return (d) => d.lower[field];
  }
  const field = spec.field;
  return (d) => {
    const value = d.user[field];
    return typeof value === "string" ? value : undefined;
  };
}

const caseInsensitive = (spec: TextSpec) => spec.kind === "email.domain" || spec.caseInsensitive;

/**
 * Whether any value at a dotted path passes `test`, arrays flattened at every level (contract §4
 * "Metadata"). Walks without collecting: it runs once per user per search.
 */
function anyLeaf(value: unknown, segments: readonly string[], test: (leaf: unknown) => boolean, depth = 0): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (anyLeaf(item, segments, test, depth)) return true;
    return false;
  }
  if (depth === segments.length) return test(value);
  if (typeof value !== "object") return false;
  const key = segments[depth]!;
  return Object.hasOwn(value, key) && anyLeaf((value as Record<string, unknown>)[key], segments, test, depth + 1);
}

/** Empty arrays, empty objects and nulls are not indexed (contract §4). */
function isIndexed(value: unknown): boolean {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return true;
  if (Array.isArray(value)) return value.some(isIndexed);
  if (value && typeof value === "object") return Object.values(value).some(isIndexed);
  return false;
}

function scalarEquals(value: unknown, text: string): boolean {
  if (typeof value === "string") return value === text;
  if (typeof value === "number") return NUMBER.test(text) && value === Number(text);
  if (typeof value === "boolean") return text === String(value);
  return false;
}

function within<T extends string | number>(value: T, range: RangeQuery, min: T | undefined, max: T | undefined): boolean {
  if (min !== undefined && (range.includeMin ? value < min : value <= min)) return false;
  if (max !== undefined && (range.includeMax ? value > max : value >= max)) return false;
  return true;
}

/** An inclusive date bound takes in its whole day or month; an exclusive one leaves all of it out. */
function dateWindow(range: RangeQuery, low: DatePeriod | undefined, high: DatePeriod | undefined): (at: number) => boolean {
  const from = low === undefined ? undefined : range.includeMin ? low.start : low.end + 1;
  const to = high === undefined ? undefined : range.includeMax ? high.end : high.start - 1;
  return (at) => (from === undefined || at >= from) && (to === undefined || at <= to);
}

function pathTest(spec: Extract<FieldSpec, { kind: "path" }>, test: (leaf: unknown) => boolean): Predicate {
  return (d) => anyLeaf(d.user[spec.root], spec.segments, test);
}

function organizationMembers(env: SearchEnvironment, matches: (organizationId: string) => boolean): Set<string> {
  const members = new Set<string>();
  for (const [organizationId, userIds] of env.organizationMembers) {
    if (matches(organizationId)) for (const userId of userIds) members.add(userId);
  }
  return members;
}

function compileTerm(query: TermQuery, env: SearchEnvironment): Predicate {
  if (query.field === null) {
    const predicates = BARE_TERM_FIELDS.map((field) => compileTerm({ ...query, field }, env));
    return (d) => predicates.some((p) => p(d));
  }
  const spec = fieldSpec(query.field);
  const { wildcard } = query;
  switch (spec.kind) {
    case "text":
    case "email.domain": {
      const text = textOf(spec);
      const normalise = caseInsensitive(spec) ? (s: string) => s.toLowerCase() : (s: string) => s;
      if (wildcard) {
        const pieces = wildcard.map(normalise);
        return (d) => {
          const value = text(d);
          return value !== undefined && globMatches(value, pieces);
        };
      }
      const wanted = normalise(query.value);
      return (d) => text(d) === wanted;
    }
    case "boolean": {
      if (wildcard) throw invalidSearch(`Wildcards are not supported on the boolean field ${spec.field}`);
      if (query.value !== "true" && query.value !== "false") throw invalidSearch(`${spec.field} takes true or false, not ${query.value}`);
      const wanted = query.value === "true";
      return (d) => d.user[spec.field] === wanted;
    }
    case "number": {
      if (wildcard || !NUMBER.test(query.value)) throw invalidSearch(`${spec.field} takes a number, not ${query.value}`);
      const wanted = Number(query.value);
      return (d) => d.user[spec.field] === wanted;
    }
    case "date": {
      const period = wildcard ? undefined : datePeriod(query.value);
      if (!period) throw invalidSearch(`${spec.field} takes a date (YYYY-MM-DD, YYYY-MM or ISO 8601), not ${query.value}`);
      return (d) => {
        const value = d.dates[spec.field];
        return value !== undefined && value >= period.start && value <= period.end;
      };
    }
    case "organization": {
      const members = organizationMembers(env, wildcard ? (id) => globMatches(id, wildcard) : (id) => id === query.value);
      return (d) => members.has(d.user.user_id);
    }
    case "path": {
      if (wildcard) {
        if (spec.root === "user_metadata") throw invalidSearch("Wildcards are not allowed on user_metadata fields");
        return pathTest(spec, (leaf) => typeof leaf === "string" && globMatches(leaf, wildcard));
      }
      return pathTest(spec, (leaf) => scalarEquals(leaf, query.value));
    }
  }
}

function compileRange(query: RangeQuery): Predicate {
  const spec = fieldSpec(query.field);
  const { min, max } = query;
  switch (spec.kind) {
    case "text":
    case "email.domain": {
      const text = textOf(spec);
      const normalise = (s: string | undefined) => (s !== undefined && caseInsensitive(spec) ? s.toLowerCase() : s);
      const [low, high] = [normalise(min), normalise(max)];
      return (d) => {
        const value = text(d);
        return value !== undefined && within(value, query, low, high);
      };
    }
    case "number": {
      for (const bound of [min, max]) {
        if (bound !== undefined && !NUMBER.test(bound)) throw invalidSearch(`${spec.field} ranges take numbers, not ${bound}`);
      }
      const [low, high] = [min === undefined ? undefined : Number(min), max === undefined ? undefined : Number(max)];
      return (d) => {
        const value = d.user[spec.field];
        return typeof value === "number" && within(value, query, low, high);
      };
    }
    case "date": {
      const [low, high] = [min, max].map((bound) => {
        if (bound === undefined) return undefined;
        const period = datePeriod(bound);
        if (!period) throw invalidSearch(`${spec.field} ranges take dates (YYYY-MM-DD, YYYY-MM or ISO 8601), not ${bound}`);
        return period;
      });
      const inWindow = dateWindow(query, low, high);
      return (d) => {
        const value = d.dates[spec.field];
        return value !== undefined && inWindow(value);
      };
    }
    case "path": {
      if (spec.root === "user_metadata") throw invalidSearch("Range queries are not allowed on user_metadata fields");
      const numeric = [min, max].every((bound) => bound === undefined || NUMBER.test(bound));
      const [low, high] = numeric ? [min === undefined ? undefined : Number(min), max === undefined ? undefined : Number(max)] : [];
      // Dates in metadata (ISO strings) follow the root date fields' rules when both bounds are dates.
      const [lowDate, highDate] = [min, max].map((bound) => (bound === undefined ? undefined : datePeriod(bound)));
      const dated = !numeric && (min === undefined || lowDate !== undefined) && (max === undefined || highDate !== undefined);
      const inWindow = dateWindow(query, lowDate, highDate);
      const inDates = (leaf: string) => {
        const at = ISO_DATE.test(leaf) ? Date.parse(leaf) : Number.NaN;
        return !Number.isNaN(at) && inWindow(at);
      };
      return pathTest(spec, (leaf) => {
        if (typeof leaf === "number") return numeric && within(leaf, query, low, high);
        if (typeof leaf !== "string") return false;
        return dated ? inDates(leaf) : within(leaf, query, min, max);
      });
    }
    case "boolean":
      throw invalidSearch(`Range queries are not supported on the boolean field ${spec.field}`);
    case "organization":
      throw invalidSearch("Range queries are not supported on organization_id");
  }
}

function compileExists(query: ExistsQuery, env: SearchEnvironment): Predicate {
  const spec = fieldSpec(query.field);
  switch (spec.kind) {
    case "text":
    case "email.domain": {
      const text = textOf(spec);
      return (d) => text(d) !== undefined;
    }
    case "boolean":
    case "number":
    case "date":
      return (d) => d.user[spec.field] !== undefined && d.user[spec.field] !== null;
    case "organization": {
      const members = organizationMembers(env, () => true);
      return (d) => members.has(d.user.user_id);
    }
    case "path":
      return pathTest(spec, isIndexed);
  }
}

/** An exact term on a text field: OR-ed together they become one set lookup. */
function exactTextTerm(query: Query): { field: string; spec: TextSpec; value: string } | undefined {
  if (query.kind !== "term" || query.field === null || query.wildcard) return undefined;
  const spec = fieldSpec(query.field);
  if (spec.kind !== "text" && spec.kind !== "email.domain") return undefined;
  return { field: query.field, spec, value: caseInsensitive(spec) ? query.value.toLowerCase() : query.value };
}

function compileBoolean(query: BooleanQuery, env: SearchEnvironment): Predicate {
  const must: Predicate[] = [];
  const should: Predicate[] = [];
  const mustNot: Predicate[] = [];
  const sets = new Map<string, { spec: TextSpec; values: Set<string> }>();
  for (const { occur, query: clause } of query.clauses) {
    const exact = occur === "should" ? exactTextTerm(clause) : undefined;
    if (exact) {
      const set = sets.get(exact.field) ?? { spec: exact.spec, values: new Set<string>() };
      set.values.add(exact.value);
      sets.set(exact.field, set);
      continue;
    }
    (occur === "must" ? must : occur === "should" ? should : mustNot).push(compileQuery(clause, env));
  }
  for (const { spec, values } of sets.values()) {
    const text = textOf(spec);
    should.push((d) => {
      const value = text(d);
      return value !== undefined && values.has(value);
    });
  }
  // Only prohibited clauses: everything else matches (as Elasticsearch rewrites such queries).
  if (must.length === 0 && should.length === 0) return (d) => !mustNot.some((p) => p(d));
  return (d) => {
    for (const p of must) if (!p(d)) return false;
    for (const p of mustNot) if (p(d)) return false;
    if (must.length > 0) return true;
    for (const p of should) if (p(d)) return true;
    return false;
  };
}

export function compileQuery(query: Query, env: SearchEnvironment): Predicate {
  switch (query.kind) {
    case "all":
      return matchAll;
    case "term":
      return compileTerm(query, env);
    case "range":
      return compileRange(query);
    case "exists":
      return compileExists(query, env);
    case "bool":
      return compileBoolean(query, env);
  }
}
