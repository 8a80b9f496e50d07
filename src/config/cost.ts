import { integer, type SectionSpec } from "./variables.js";

/** The upstream-call budget of one operation (src/cost). */
export interface CostConfig {
  /** Operations estimated above this many Management API calls are refused before they run. */
  budget: number;
}

export const costVariables = {
  COST_BUDGET: {
    default: "250",
    description:
      "Most Management API calls one operation may make: one estimated above it is refused with " +
      "QUERY_TOO_EXPENSIVE before any call, and a call beyond it is never made (the field that needed it " +
      "answers QUERY_TOO_EXPENSIVE).",
    parse: integer(1, 1_000_000),
  },
} satisfies SectionSpec;
