import DataLoader from "dataloader";

/**
 * A per-operation loader for one upstream read: identical keys within an operation share one call,
 * different keys run in parallel. Keys are compared by their JSON form.
 */
export function callLoader<K, V>(call: (key: K) => Promise<V>): DataLoader<K, V, string> {
  return new DataLoader<K, V, string>(
    (keys) => Promise.all(keys.map((key) => call(key).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))))),
    { cacheKeyFn: (key) => JSON.stringify(key) },
  );
}
