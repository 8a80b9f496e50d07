import { getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { GatewayContext } from "../schema/context.js";

/**
 * Once an operation's result is settled, nothing its upstream calls could still answer will reach the
 * caller — a non-null root field that failed answers at once while its siblings are still fanning
 * out — so the calls still waiting in the pacer are dropped and those in flight are aborted. The
 * result is held until every call made has ended, so that the cost report (a later plugin) and the
 * log line count all of them.
 *
 * A query whose caller has gone (the connection closed before the answer) is settled the same way,
 * so the tenant's budget is not spent on answers nobody reads. A mutation goes on: stopping it
 * between its calls would leave a half-done write.
 */
export function useOperationCallsSettlement(): Plugin<GatewayContext> {
  return {
    onExecute({ args }) {
      const context = args.contextValue as Partial<GatewayContext> & { request?: Request };
      const calls = context.calls;
      if (!calls) return;
      const signal = context.request?.signal;
      let forget: (() => void) | undefined;
      if (signal && getOperationAST(args.document, args.operationName)?.operation !== "mutation") {
        const callerGone = () => void calls.settle();
        if (signal.aborted) callerGone();
        else {
          signal.addEventListener("abort", callerGone, { once: true });
          forget = () => signal.removeEventListener("abort", callerGone);
        }
      }
      return {
        onExecuteDone: () => {
          forget?.();
          return calls.settle();
        },
      };
    },
  };
}
