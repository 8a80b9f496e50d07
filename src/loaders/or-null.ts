import { isNotFound } from "../upstream/errors.js";

/** A single-object read whose upstream 404 means "no such object": null instead of an error. */
export function orNull<T>(promise: Promise<T>): Promise<T | null> {
  return promise.catch((error: unknown) => {
    if (isNotFound(error)) return null;
    throw error;
  });
}
