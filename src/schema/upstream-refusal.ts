import { UpstreamError } from "../upstream/errors.js";
import { UserInputError, type UserErrorCodeValue } from "./user-error.js";

/** How one mutation reads an Auth0 refusal: a status (and message pattern) → a userError code and field. */
export interface RefusalRule {
  status: number;
  /** Matched against Auth0's message; any message when absent. */
  message?: RegExp;
  code: UserErrorCodeValue;
  field?: string[] | null;
}

/**
 * A `.catch` handler that turns an upstream refusal matching one of `rules` (first match wins) into
 * that userError, with Auth0's message. Anything else is rethrown as is, for `runMutation`'s general
 * mapping (400 → UPSTREAM_REJECTED, 404 → NOT_FOUND, 409 → ALREADY_EXISTS/CONFLICT; the rest top-level).
 */
export function refusedAs(rules: readonly RefusalRule[]): (error: unknown) => never {
  return (error) => {
    if (error instanceof UpstreamError) {
      const rule = rules.find((r) => r.status === error.statusCode && (!r.message || r.message.test(error.message)));
      if (rule) throw new UserInputError([{ field: rule.field ?? null, message: error.message, code: rule.code }]);
    }
    throw error;
  };
}
