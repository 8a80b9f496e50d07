import { vi } from "vitest";

/**
 * Resolves once `condition` holds, checking it every `intervalMs` (vitest's `vi.waitFor`); fails
 * naming `what` after `timeoutMs`. For conditions outside the test's reach (a log line written
 * after the answer, a replica's readiness), where there is no event to await.
 */
export async function until(
  condition: () => boolean | Promise<boolean>,
  what: string,
  { timeoutMs = 30_000, intervalMs = 5 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<void> {
  await vi.waitFor(
    async () => {
      if (!(await condition())) throw new Error(`timed out waiting until ${what}`);
    },
    { timeout: timeoutMs, interval: intervalMs },
  );
}
