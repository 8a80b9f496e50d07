import { z } from "zod";
import { invalidInput, UserInputError } from "./user-error.js";

// An import file is checked before anything is sent: at most 512000 bytes (Auth0's limit) and a
// JSON array of users in the shape of Auth0's bulk-import schema (known attributes, JSON types). The
// finer rules (email format, lengths, hash formats) are Auth0's: it reports them per user in the
// job's errors, and imports the rest. The check reads the file once, bounded by the
// limit (a larger file is refused from its declared size without being read); the upload then
// streams it from the request's file again.

export const MAX_IMPORT_FILE_BYTES = 512_000;

const metadata = z.record(z.string(), z.unknown());
const importUser = z.strictObject({
  email: z.string(),
  email_verified: z.boolean().optional(),
  user_id: z.string().optional(),
  username: z.string().optional(),
  given_name: z.string().optional(),
  family_name: z.string().optional(),
  name: z.string().optional(),
  nickname: z.string().optional(),
  picture: z.string().optional(),
  blocked: z.boolean().optional(),
  app_metadata: metadata.optional(),
  user_metadata: metadata.optional(),
  password_hash: z.string().optional(),
  custom_password_hash: z.looseObject({ algorithm: z.string(), hash: z.looseObject({ value: z.string() }) }).optional(),
  mfa_factors: z.array(z.record(z.string(), z.unknown())).optional(),
});
const importFile = z.array(importUser);

function isUpload(value: unknown): value is Blob {
  const blob = value as Partial<Blob> | null;
  return (
    typeof blob === "object" &&
    blob !== null &&
    typeof blob.size === "number" &&
    typeof blob.text === "function" &&
    typeof blob.stream === "function"
  );
}

/**
 * Returns the uploaded file, or throws INVALID_INPUT (at `field`, plus the path inside the file of
 * the first problem) unless it is importable.
 */
export async function checkImportFile(file: unknown, field: string[]): Promise<Blob> {
  // A JSON request cannot carry a file: the File scalar then holds whatever value was sent.
  if (!isUpload(file)) {
    throw new UserInputError([
      invalidInput(field, "The users file must be uploaded as a file (a GraphQL multipart request), not sent as a value."),
    ]);
  }
  if (file.size > MAX_IMPORT_FILE_BYTES) {
    throw new UserInputError([invalidInput(field, `The users file is ${file.size} bytes; Auth0 takes at most ${MAX_IMPORT_FILE_BYTES}.`)]);
  }
  if (file.size === 0) throw new UserInputError([invalidInput(field, "The users file is empty.")]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(await file.text());
  } catch {
    throw new UserInputError([invalidInput(field, "The users file is not JSON: it must be a JSON array of users.")]);
  }
  const result = importFile.safeParse(parsed);
  if (result.success) return file;
  const issue = result.error.issues[0]!;
  const path = issue.path.map(String);
  // Only the path and the rule are echoed, never a value of the file (it may hold password hashes).
  const message =
    path.length === 0
      ? "The users file must be a JSON array of users."
      : `The users file is not a list of users in Auth0's import format at ${path.join(".")}: ${issue.message}`;
  throw new UserInputError([invalidInput([...field, ...path], message)]);
}
