import { InvalidPathParameter, isNotFound } from "../upstream/errors.js";

/**
 * A single-object read whose upstream 404 means "no such object": null instead of an error. An id
 * that could not be sent (a dot segment, over-long) names no object either: null, with no call made.
 */
export function orNull<T>(promise: Promise<T>): Promise<T | null> {
  return promise.catch((error: unknown) => {
    if (isNotFound(error) || error instanceof InvalidPathParameter) return null;
    throw error;
  });
}
