import type { YogaInitialContext } from "graphql-yoga";
import type { Caller } from "../auth/caller.js";
import { createLoaders } from "../loaders/index.js";
import type { OperationTraces } from "../ops/operation-trace.js";
import type { GatewayContext } from "../schema/context.js";
import { CallScope } from "../upstream/call-scope.js";
import type { ManagementClient } from "../upstream/client.js";
import type { JobWatch } from "../upstream/job-watch.js";

/**
 * Builds each operation's context: the verified caller, a client bounded by the operation's call
 * budget, queueing in the caller's pacer lane, cancelled with the operation (settled or past its
 * deadline) and counting its calls into the operation's trace, and fresh loaders over that client.
 */
export function createContextFactory(options: {
  client: ManagementClient;
  /** Verifies the request's caller (src/auth); throws the graph error a bad caller gets. */
  protection: { callerOf(request: Request): Promise<Caller> };
  traces: OperationTraces;
  costBudget: number;
  /** Deadline of one operation's upstream calls together (OPERATION_TIMEOUT_MS). */
  operationTimeoutMs: number;
  /** The gateway's job polls, shared by every operation. */
  jobWatch: JobWatch;
}): (initial: YogaInitialContext) => Promise<GatewayContext> {
  const { client, protection, traces, costBudget, operationTimeoutMs, jobWatch } = options;
  return async ({ request }) => {
    const trace = traces.of(request);
    const caller = await protection.callerOf(request);
    trace.callerSub = caller.sub;
    const upstreamCalls = trace.upstreamCalls;
    // One lane per caller in the pacer's fair queue; cancelled when the answer is settled or late.
    const calls = new CallScope({ key: caller.sub, deadlineMs: operationTimeoutMs });
    trace.calls = calls;
    // The estimate takes every id read in bulk to exist; ids a search misses cost a call each, so
    // the budget is also enforced call by call.
    const operationClient = client
      .withScope(calls)
      .withCallBudget(costBudget)
      .withCallListener((event) => {
        const route = `${event.method} ${event.route}`;
        upstreamCalls.total += 1;
        upstreamCalls.byRoute[route] = (upstreamCalls.byRoute[route] ?? 0) + 1;
      });
    return {
      caller,
      client: operationClient,
      loaders: createLoaders(operationClient),
      requestId: trace.requestId,
      calls,
      jobWatch,
      upstreamCalls,
    };
  };
}
