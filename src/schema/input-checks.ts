import { z } from "zod";
import { UserInputError, invalidInput, type UserErrorShape } from "./user-error.js";

// Mutation arguments are checked with zod before anything is sent upstream; each problem becomes an
// INVALID_INPUT userError whose `field` is the argument path (e.g. ["methods", "0", "email"]).

/**
 * Parses a mutation's arguments with `schema`; on failure throws a `UserInputError` holding one
 * INVALID_INPUT userError per problem, so `runMutation` answers them and nothing goes upstream.
 */
export function checkInput<S extends z.ZodType>(schema: S, args: unknown): z.output<S> {
  const result = schema.safeParse(args);
  if (result.success) return result.data;
  throw new UserInputError(inputProblems(result.error));
}

/** One INVALID_INPUT userError per problem zod found, each at `at` + the problem's path. */
export function inputProblems(error: z.ZodError, at: readonly string[] = []): UserErrorShape[] {
  return error.issues.map((issue) => invalidInput([...at, ...issue.path.map(String)], issue.message));
}

/** A string with something besides whitespace in it; kept as given. */
export function nonBlank(what: string) {
  return z.string().refine((value) => value.trim() !== "", { error: `${what} must not be empty.` });
}

/** An Auth0 `user_id` argument. */
export const userIdInput = nonBlank("The user id");

/**
 * Session or refresh-token metadata as Auth0 takes it: an object of at most 25 string values of at
 * most 255 characters; null or {} clears it. `what` names it in messages ("The session metadata").
 */
export function stringMetadata(what: string) {
  return z
    .record(
      z.string(),
      z.string({ error: `${what} holds only string values.` }).max(255, { error: `${what} values have at most 255 characters.` }),
      {
        error: `Give ${what.toLowerCase()}: an object, or null to clear it.`,
      },
    )
    .refine((value) => Object.keys(value).length <= 25, { error: `${what} has at most 25 properties.` })
    .nullable();
}

/** The arguments of a mutation whose only argument to check is the user's `id`. */
export const UserIdArgs = z.object({ id: userIdInput });

/** A list of at least one and at most `max` items. */
export function boundedList<T extends z.ZodType>(item: T, what: string, max: number) {
  return z
    .array(item)
    .min(1, { error: `Give at least one ${what}.` })
    .max(max, { error: `Give at most ${max} ${what}s in one call.` });
}

/** Drops repeats, keeping the first of each (Auth0 treats a repeated item as one). */
export function distinct<T>(items: readonly T[], key: (item: T) => string = String): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
