import type { Plugin } from "graphql-yoga";
import type { GatewayContext } from "../schema/context.js";

/**
 * Once an operation's result is settled, nothing its upstream calls could still answer will reach the
 * caller — a non-null root field that failed answers at once while its siblings are still fanning
 * out — so the calls still waiting in the pacer are dropped and those in flight are aborted. The
 * result is held until every call made has ended, so that the cost report (a later plugin) and the
 * log line count all of them.
 */
export function useOperationCallsSettlement(): Plugin<GatewayContext> {
  return {
    onExecute({ args }) {
      const calls = (args.contextValue as Partial<GatewayContext>).calls;
      if (!calls) return;
      return { onExecuteDone: () => calls.settle() };
    },
  };
}
