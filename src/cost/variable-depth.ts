/**
 * Deepest nesting of objects and lists a request's variables may have. Real metadata nests a few
 * levels; the estimator, the scalars and the upstream JSON all walk values recursively, and a
 * 20,000-deep value overflowed the stack (an HTTP 500). Checked without recursion.
 */
export const MAX_VARIABLE_DEPTH = 100;

/** The name of the first variable nesting deeper than `max` levels, or undefined when none does. */
export function tooDeepVariable(
  variables: Readonly<Record<string, unknown>> | null | undefined,
  max = MAX_VARIABLE_DEPTH,
): string | undefined {
  for (const [name, value] of Object.entries(variables ?? {})) {
    const stack: [unknown, number][] = [[value, 0]];
    while (stack.length > 0) {
      const [item, depth] = stack.pop()!;
      if (item === null || typeof item !== "object") continue;
      if (depth + 1 > max) return name;
      for (const child of Array.isArray(item) ? item : Object.values(item)) {
        if (child !== null && typeof child === "object") stack.push([child, depth + 1]);
      }
    }
  }
  return undefined;
}
