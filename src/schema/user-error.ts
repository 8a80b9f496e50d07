import type { FieldMap, ObjectFieldBuilder } from "@pothos/core";
import { builder } from "./builder.js";
import { refusalUserError, type Refusals } from "./upstream-refusal.js";

// Mutations answer expected failures — invalid input, an unknown user or role, an existing user or
// identity, a request Auth0 refuses with a 4xx — as `userErrors` in their payload, not as
// top-level errors: those are kept for what the caller cannot fix (scopes, outages, limits).

export type UserErrorCodeValue = "INVALID_INPUT" | "NOT_FOUND" | "ALREADY_EXISTS" | "CONFLICT" | "UPSTREAM_REJECTED";

export interface UserErrorShape {
  /** The path to the input field at fault, e.g. ["input", "email"]; null when no one field is. */
  field: string[] | null;
  message: string;
  code: UserErrorCodeValue;
}

export const UserErrorCode = builder.enumType("UserErrorCode", {
  description: "Why a mutation did not do what was asked; stable for clients to branch on.",
  values: {
    INVALID_INPUT: { description: "The input is not valid (format, length, a forbidden combination). Nothing was sent to Auth0." },
    NOT_FOUND: { description: "The user (or role, method, identity…) named does not exist." },
    ALREADY_EXISTS: { description: "What the mutation would create already exists (a user with that email, a linked identity, a method)." },
    CONFLICT: {
      description:
        "The request conflicts with the current state in a way Auth0 refuses (e.g. replacing methods while a passkey is enrolled).",
    },
    UPSTREAM_REJECTED: { description: "Auth0 refused the request as invalid; its message says why." },
  } as const,
});

export const UserErrorRef = builder.objectRef<UserErrorShape>("UserError").implement({
  description: "An expected failure of a mutation: what went wrong, where, and a stable code.",
  fields: (t) => ({
    field: t.stringList({
      nullable: true,
      description: 'The path to the input field at fault, e.g. `["input", "email"]`; null when the error is not about one field.',
      resolve: (e) => e.field,
    }),
    message: t.string({ nullable: false, description: "What went wrong, for people.", resolve: (e) => e.message }),
    code: t.field({ type: UserErrorCode, nullable: false, description: "What went wrong, for programs.", resolve: (e) => e.code }),
  }),
});

/** Thrown by input validation (before anything is sent upstream); becomes the payload's userErrors. */
export class UserInputError extends Error {
  constructor(readonly errors: UserErrorShape[]) {
    super(errors.map((e) => e.message).join("; "));
  }
}

export function invalidInput(field: string[] | null, message: string): UserErrorShape {
  return { field, message, code: "INVALID_INPUT" };
}

/**
 * Runs a mutation's work and shapes its payload: `{...result, userErrors: []}` on success,
 * `{userErrors}` for invalid input and for Auth0's refusals the caller can act on (the rules of
 * upstream-refusal.ts, with what `refusals` says of this mutation); anything else is a top-level error.
 */
export async function runMutation<T extends object>(
  work: () => Promise<T>,
  refusals: Refusals = {},
): Promise<Partial<T> & { userErrors: UserErrorShape[] }> {
  try {
    return { ...(await work()), userErrors: [] };
  } catch (error) {
    if (error instanceof UserInputError) return { userErrors: error.errors } as Partial<T> & { userErrors: UserErrorShape[] };
    const refused = refusalUserError(error, refusals);
    if (refused) return { userErrors: [refused] } as Partial<T> & { userErrors: UserErrorShape[] };
    // Upstream failures the caller cannot fix are mapped by the error mask (src/auth/mask-error.ts).
    throw error;
  }
}

/** The field builder of a payload type whose resolvers receive `P`. */
export type PayloadFieldBuilder<P> = ObjectFieldBuilder<typeof builder.$inferSchemaTypes, P>;

/**
 * A mutation payload type `<name>`: the given fields plus `userErrors: [UserError!]!`.
 */
export function definePayload<P extends { userErrors: UserErrorShape[] }>(
  name: string,
  description: string,
  fields: (t: PayloadFieldBuilder<P>) => FieldMap,
) {
  return builder.objectRef<P>(name).implement({
    description,
    fields: (t) => ({
      ...fields(t),
      userErrors: t.field({
        type: [UserErrorRef],
        nullable: false,
        description: "Expected failures (invalid input, unknown or existing objects, Auth0's refusals); empty on success.",
        resolve: (payload) => payload.userErrors,
      }),
    }),
  });
}
