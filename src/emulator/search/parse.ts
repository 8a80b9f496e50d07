import lucene, { type LuceneChainNode, type LuceneNode, type LuceneRangeNode, type LuceneSyntaxError, type LuceneTermNode } from "lucene";
import type { Occur, Query } from "./query.js";
import { invalidSearch } from "./query-error.js";

// Turns a `q` (Lucene query string syntax, as search_engine v3 reads it) into the engine's query
// model. Boolean structure follows Lucene's classic query parser, which Auth0's search engine uses:
// each clause is required, optional or prohibited according to the operator before it (AND makes
// both neighbours required, NOT/-/! prohibits, OR and the implicit operator leave clauses optional),
// so `a AND b OR c` means `+a +b c` — parentheses are the way to say anything else. A group made only
// of prohibited clauses matches everything else (`NOT blocked:true`).

type Conjunction = "and" | "or" | "none";

interface Item {
  conjunction: Conjunction;
  not: boolean;
  node: LuceneNode;
}

const OPERATORS: Record<string, { conjunction: Conjunction; not: boolean }> = {
  AND: { conjunction: "and", not: false },
  "&&": { conjunction: "and", not: false },
  OR: { conjunction: "or", not: false },
  "||": { conjunction: "or", not: false },
  NOT: { conjunction: "none", not: true },
  "AND NOT": { conjunction: "and", not: true },
  "OR NOT": { conjunction: "or", not: true },
  "<implicit>": { conjunction: "none", not: false },
};

const BINARY_OPERATORS = new Set(["AND", "OR", "&&", "||"]);

/**
 * The `lucene` package quietly drops operators it cannot place (`a AND`, `OR a`, `a AND OR b`,
 * `NOT NOT a`), where Lucene answers a syntax error; this finds them first.
 */
function checkOperatorPlacement(q: string): void {
  const masked = q
    .replace(/\\./g, "x")
    .replace(/"(?:[^"\\]|\\.)*"/g, " x ")
    .replace(/[[{][^\]}]*[\]}]/g, " x ")
    .replace(/[()]/g, " $& ");
  let expectOperand = true;
  let afterNot = false;
  for (const token of masked.split(/\s+/).filter(Boolean)) {
    if (BINARY_OPERATORS.has(token)) {
      if (expectOperand) throw invalidSearch(`Unexpected operator ${token}`);
      expectOperand = true;
    } else if (token === "NOT") {
      if (afterNot) throw invalidSearch("Unexpected operator NOT after NOT");
      expectOperand = true;
      afterNot = true;
      continue;
    } else if (token === ")") {
      if (expectOperand) throw invalidSearch('Unexpected ")": a group or an operator has no operand');
      expectOperand = false;
    } else {
      // "(" opens an operand; "field:" still waits for its value.
      expectOperand = token === "(" || token.endsWith(":");
    }
    afterNot = false;
  }
  if (expectOperand) throw invalidSearch("The query ends with an operator or a field without a value");
}

function syntaxError(error: unknown): Error {
  const { found, location } = error as LuceneSyntaxError;
  if (!location) return invalidSearch("Invalid query syntax");
  const what = found === null || found === undefined ? "end of query" : `"${found}"`;
  return invalidSearch(`Invalid query syntax: unexpected ${what} at character ${location.start.column}`);
}

const isTerm = (node: LuceneNode): node is LuceneTermNode => "term" in node;
const isRange = (node: LuceneNode): node is LuceneRangeNode => "term_min" in node;
/** A chain node that continues the current clause list rather than opening a group. */
const continuesChain = (node: LuceneNode): node is LuceneChainNode =>
  !isTerm(node) && !isRange(node) && (node as LuceneChainNode).parenthesized !== true;

const unescapeText = (text: string) => text.replace(/\\(.)/g, "$1");

/** Splits a field written with a prefix operator (`-email:x` reaches us as field "-email"). */
function splitField(raw: string | undefined, groupField: string | null): { field: string | null; modifier?: "+" | "-" } {
  if (raw === undefined || raw === "<implicit>") return { field: groupField };
  const match = /^([+\-!]?)(.*)$/.exec(raw)!;
  const modifier = match[1] === "" ? undefined : match[1] === "+" ? "+" : "-";
  return { field: unescapeText(match[2]!), ...(modifier ? { modifier } : {}) };
}

function termQuery(node: LuceneTermNode, field: string | null): Query {
  if (node.regex) throw invalidSearch("Regular expression queries are not supported");
  if (node.similarity !== undefined && node.similarity !== null) throw invalidSearch("Fuzzy queries (~) are not supported");
  if (node.proximity !== undefined && node.proximity !== null) throw invalidSearch("Proximity queries (~) are not supported");
  if (field === "_exists_") return { kind: "exists", field: unescapeText(node.term) };
  if (node.quoted) return { kind: "term", field, value: unescapeText(node.term) };
  if (node.term === "*" && (field === null || field === "*")) return { kind: "all" };

  const pieces = [""];
  let wildcard = false;
  const raw = node.term;
  for (let i = 0; i < raw.length; i += 1) {
    const char = raw[i]!;
    if (char === "\\") {
      i += 1;
      pieces[pieces.length - 1] += raw[i] ?? "";
    } else if (char === "*") {
      pieces.push("");
      wildcard = true;
    } else if (char === "?") {
      throw invalidSearch(`The ? wildcard is not supported (in ${raw}); use *`);
    } else {
      pieces[pieces.length - 1] += char;
    }
  }
  const value = pieces.join("");
  if (!wildcard) return { kind: "term", field, value };
  if (pieces[0] === "" && value.length < 3) {
    throw invalidSearch(`A leading wildcard needs at least 3 literal characters (in ${raw})`);
  }
  return { kind: "term", field, value, wildcard: pieces };
}

function rangeQuery(node: LuceneRangeNode, field: string | null): Query {
  if (field === null) throw invalidSearch("A range needs a field");
  if (field === "_exists_") throw invalidSearch("_exists_ takes a field name, not a range");
  const bound = (text: string) => (text === "*" ? undefined : unescapeText(text));
  const min = bound(node.term_min);
  const max = bound(node.term_max);
  return {
    kind: "range",
    field,
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
    includeMin: node.inclusive === "both" || node.inclusive === "left",
    includeMax: node.inclusive === "both" || node.inclusive === "right",
  };
}

/** One clause: its query and the prefix operator written on it, if any. */
function clauseOf(node: LuceneNode, groupField: string | null): { query: Query; modifier?: "+" | "-" } {
  if (isTerm(node)) {
    const { field, modifier } = splitField(node.field, groupField);
    const prefix = node.prefix === "+" ? "+" : node.prefix === "-" || node.prefix === "!" ? "-" : undefined;
    const mod = prefix ?? modifier;
    return { query: termQuery(node, field), ...(mod ? { modifier: mod } : {}) };
  }
  if (isRange(node)) {
    const { field, modifier } = splitField(node.field, groupField);
    return { query: rangeQuery(node, field), ...(modifier ? { modifier } : {}) };
  }
  // A parenthesised group, possibly a field group `field:(…)` whose bare terms take that field.
  const { field, modifier } = splitField(node.field, groupField);
  return { query: chainQuery(node, field), ...(modifier ? { modifier } : {}) };
}

function chainQuery(node: LuceneChainNode, groupField: string | null): Query {
  if (!node.left) throw invalidSearch("Invalid query syntax: a clause is missing");
  const items: Item[] = [{ conjunction: "none", not: node.start === "NOT", node: node.left }];
  let current = node;
  while (current.right) {
    const operator = OPERATORS[current.operator ?? "<implicit>"];
    if (!operator) throw invalidSearch(`Unsupported operator ${current.operator}`);
    const right: LuceneNode = current.right;
    if (continuesChain(right)) {
      if (!right.left) throw invalidSearch("Invalid query syntax: a clause is missing");
      items.push({ ...operator, not: operator.not || right.start === "NOT", node: right.left });
      current = right;
    } else {
      items.push({ ...operator, node: right });
      break;
    }
  }

  // Lucene's QueryParserBase.addClause, default operator OR.
  const clauses: { occur: Occur; query: Query }[] = [];
  for (const item of items) {
    const { query, modifier } = clauseOf(item.node, groupField);
    const last = clauses.at(-1);
    if (last && item.conjunction === "and" && last.occur !== "must_not") last.occur = "must";
    const prohibited = item.not || modifier === "-";
    const required = !prohibited && (modifier === "+" || item.conjunction === "and");
    clauses.push({ occur: prohibited ? "must_not" : required ? "must" : "should", query });
  }
  const only = clauses[0];
  if (clauses.length === 1 && only && only.occur !== "must_not") return only.query;
  return { kind: "bool", clauses };
}

/** Parses `q`; an empty query matches every user. Throws Auth0's 400 for what v3 rejects. */
export function parseQuery(q: string): Query {
  if (q.trim() === "") return { kind: "all" };
  checkOperatorPlacement(q);
  let ast: LuceneNode;
  try {
    ast = lucene.parse(q);
  } catch (error) {
    throw syntaxError(error);
  }
  if (!continuesChain(ast)) return clauseOf(ast, null).query;
  return chainQuery(ast, null);
}
