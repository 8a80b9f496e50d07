// Auth0's specs type some values loosely — session, refresh-token and log dates are
// `string | object | null` (a generator artifact; real values are ISO-8601 strings), metadata is
// `object | null`, a log's longitude a number in one spec version and a string in the other. These
// turn such wire values into what the graph's scalars take, null where the wire has nothing usable.

/** An ISO-8601 date string for the DateTime scalar; null for absent, null or non-string values. */
export function wireDate(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

/** A JSON object for the JSONObject scalar; null for anything else (absent, null, arrays). */
export function wireObject(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** A finite number from a number or a numeric string; null otherwise. */
export function wireNumber(value: unknown): number | null {
  const number = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof number === "number" && Number.isFinite(number) ? number : null;
}

/** A non-empty string (e.g. an IP address for the IP scalar); null for absent, null or empty values. */
export function wireString(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}
