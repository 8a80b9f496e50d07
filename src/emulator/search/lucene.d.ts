// Types for the `lucene` package (a PEG.js Lucene query parser), which ships none. Only the parts
// of the AST the search engine reads are declared.
declare module "lucene" {
  interface LuceneLocation {
    start: { offset: number; line: number; column: number };
    end: { offset: number; line: number; column: number };
  }

  /** `field:term`, `field:"phrase"`, `term` (field "<implicit>"), `field:/regex/`. */
  export interface LuceneTermNode {
    field: string;
    term: string;
    quoted: boolean;
    regex: boolean;
    /** "+", "-" or "!" written before the term. */
    prefix?: string | null;
    boost?: number | null;
    /** Fuzzy modifier (`term~0.8`). */
    similarity?: number | null;
    /** Proximity modifier (`"a b"~2`). */
    proximity?: number | null;
  }

  /** `field:[min TO max]`, `{…}`, or mixed brackets. */
  export interface LuceneRangeNode {
    field: string;
    term_min: string;
    term_max: string;
    inclusive: "both" | "none" | "left" | "right";
  }

  /** A chain `left operator right`, a parenthesised group, or a field group `field:(…)`. */
  export interface LuceneChainNode {
    /** A leading operator ("NOT"). */
    start?: string;
    left?: LuceneNode;
    operator?: string;
    right?: LuceneNode;
    parenthesized?: boolean;
    /** Set on a field group `field:(…)`. */
    field?: string;
  }

  export type LuceneNode = LuceneTermNode | LuceneRangeNode | LuceneChainNode;

  export interface LuceneSyntaxError extends Error {
    found: string | null;
    location: LuceneLocation;
  }

  const lucene: {
    parse(query: string): LuceneNode;
    toString(ast: LuceneNode): string;
  };
  export default lucene;
}
