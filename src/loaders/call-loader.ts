import DataLoader from "dataloader";

/** A read whose failure is its value: how a DataLoader batch answers one key with an error. */
export function orError<T>(read: Promise<T>): Promise<T | Error> {
  return read.catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
}

/**
 * A per-operation loader for one upstream read: identical keys within an operation share one call,
 * different keys run in parallel. Keys are compared by their JSON form.
 */
export function callLoader<K, V>(call: (key: K) => Promise<V>): DataLoader<K, V, string> {
  return new DataLoader<K, V, string>((keys) => Promise.all(keys.map((key) => orError(call(key)))), {
    cacheKeyFn: (key) => JSON.stringify(key),
  });
}
