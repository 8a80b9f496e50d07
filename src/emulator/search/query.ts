// The search engine's own query model: what `parse` makes of a Lucene query string and what
// `compile` turns into a predicate. Field names are kept as written; `compile` checks them.

/** Lucene clause occurrence: MUST (required), SHOULD (optional), MUST_NOT (prohibited). */
export type Occur = "must" | "should" | "must_not";

export interface BooleanQuery {
  kind: "bool";
  clauses: { occur: Occur; query: Query }[];
}

/** A term; `field` null is a bare term (no field named). */
export interface TermQuery {
  kind: "term";
  field: string | null;
  /** The unescaped value (wildcards removed when `wildcard` is set). */
  value: string;
  /**
   * For a wildcard term: the literal pieces between `*`s, e.g. `jo*n*` → ["jo", "n", ""]. A leading
   * or trailing "" means the pattern starts or ends with `*`.
   */
  wildcard?: string[];
}

/** `[min TO max]` and friends; an absent bound is open (`*`). */
export interface RangeQuery {
  kind: "range";
  field: string;
  min?: string;
  max?: string;
  includeMin: boolean;
  includeMax: boolean;
}

/** `_exists_:field`. */
export interface ExistsQuery {
  kind: "exists";
  field: string;
}

export interface MatchAllQuery {
  kind: "all";
}

export type Query = BooleanQuery | TermQuery | RangeQuery | ExistsQuery | MatchAllQuery;
