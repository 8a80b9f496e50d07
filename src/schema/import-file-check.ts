import { JSONParser } from "@streamparser/json";
import { z } from "zod";
import { isUpload, type Upload } from "./upload.js";
import { invalidInput, UserInputError } from "./user-error.js";

// An import file is checked before anything is sent: at most 512000 bytes (Auth0's limit) and a
// JSON array of users in the shape of Auth0's bulk-import schema (known attributes, JSON types). The
// finer rules (email format, lengths, hash formats) are Auth0's: it reports them per user in the
// job's errors, and imports the rest. A larger file is refused from its size without being read;
// otherwise the check streams the file (spooled on disk by the request parser) through a streaming
// JSON parser, holding one user at a time, and stops at the first problem. The upload then streams
// the file to Auth0 from disk again: the file is never whole in memory.

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

/**
 * Returns the uploaded file, or throws INVALID_INPUT (at `field`, plus the path inside the file of
 * the first problem) unless it is importable.
 */
export async function checkImportFile(file: unknown, field: string[]): Promise<Upload> {
  // A JSON request cannot carry a file: the File scalar then holds whatever value was sent.
  if (!isUpload(file)) {
    throw new UserInputError([
      invalidInput(field, "The users file must be uploaded as a file (a GraphQL multipart request), not sent as a value."),
    ]);
  }
  if (file.size > MAX_IMPORT_FILE_BYTES || !file.complete) {
    throw new UserInputError([invalidInput(field, `The users file is ${file.size} bytes; Auth0 takes at most ${MAX_IMPORT_FILE_BYTES}.`)]);
  }
  if (file.size === 0) throw new UserInputError([invalidInput(field, "The users file is empty.")]);
  const problem = await firstProblem(file.stream());
  if (problem) throw new UserInputError([invalidInput([...field, ...problem.path], problem.message)]);
  return file;
}

interface Problem {
  path: string[];
  message: string;
}

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf];
const NOT_AN_ARRAY: Problem = { path: [], message: "The users file must be a JSON array of users." };

/** The first thing that keeps the file from being a JSON array of importable users, reading it as a stream. */
async function firstProblem(stream: ReadableStream<Uint8Array>): Promise<Problem | undefined> {
  const parser = new JSONParser({ paths: ["$.*"], keepStack: false });
  let users = 0;
  let problem: Problem | undefined;
  parser.onValue = ({ value }) => {
    if (problem) return;
    const result = importUser.safeParse(value);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const path = [String(users), ...issue.path.map(String)];
      // Only the path and the rule are echoed, never a value of the file (it may hold password hashes).
      problem = { path, message: `The users file is not a list of users in Auth0's import format at ${path.join(".")}: ${issue.message}` };
    }
    users++;
  };
  let read = 0;
  let opened = false;
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!opened) {
        const first = value.findIndex((byte, i) => !WHITESPACE.has(byte) && !(read + i < 3 && byte === BYTE_ORDER_MARK[read + i]));
        if (first >= 0 && value[first] !== 0x5b /* [ */) return NOT_AN_ARRAY;
        opened = first >= 0;
      }
      try {
        parser.write(value);
      } catch (error) {
        return notJson(error, parser.isEnded ? [] : [String(users)], "");
      }
      read += value.byteLength;
      if (problem) return problem;
    }
    if (!opened) return NOT_AN_ARRAY;
    try {
      if (!parser.isEnded) parser.end();
    } catch (error) {
      return notJson(error, [String(users)], " (the file stops inside it)");
    }
    return problem;
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/** Where the JSON broke: the user it was in (or the file, past its array) and the byte if known, never the text. */
function notJson(error: unknown, path: string[], otherwise: string): Problem {
  const at = /absolute position "(\d+)"/.exec(error instanceof Error ? error.message : "")?.[1];
  const where = at !== undefined ? ` (at byte offset ${at})` : otherwise;
  return {
    path,
    message:
      path.length === 0
        ? `The users file is not valid JSON after its array${where}.`
        : `The users file is not valid JSON in user ${path[0]}${where}: it must be a JSON array of users.`,
  };
}
