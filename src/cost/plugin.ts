import { GraphQLError } from "graphql";
import { isAsyncIterable, type Plugin } from "graphql-yoga";
import type { GatewayContext } from "../schema/context.js";
import { estimateUpstreamCalls } from "./estimate.js";
import { MAX_VARIABLE_DEPTH, tooDeepVariable } from "./variable-depth.js";

export const DEFAULT_COST_BUDGET = 250;

/** The request header that asks for `extensions.cost` in the answer. */
export const COST_HEADER = "x-usergraph-cost";

export interface CostReport {
  /** Upstream calls estimated before the operation ran (an upper bound, see estimate.ts). */
  estimated: number;
  /** Upstream calls the operation made (attempts, retries included). */
  upstreamCalls: number;
  budget: number;
}

function tooExpensive(estimated: number, budget: number) {
  return {
    errors: [
      new GraphQLError(
        `This operation would make an estimated ${estimated} Management API calls, over the budget of ` +
          `${budget} per operation. Ask for fewer items (a smaller \`first\`), fewer nested lists, or ` +
          `split it into several operations.`,
        { extensions: { code: "QUERY_TOO_EXPENSIVE", cost: { estimated, budget }, http: { spec: true, status: 400 } } },
      ),
    ],
  };
}

/**
 * Costs every operation in Management API calls before it runs (after parsing, validation and the
 * caller's token check) and refuses one estimated above `budget` with QUERY_TOO_EXPENSIVE, without a
 * single upstream call. Like a validation error it is a request error: HTTP 400 when the client
 * accepts `application/graphql-response+json`, 200 with plain `application/json` (GraphQL over HTTP).
 * With the header `x-usergraph-cost: 1` an operation that ran reports `extensions.cost`. Variables
 * nesting deeper than MAX_VARIABLE_DEPTH are refused first (BAD_USER_INPUT, HTTP 400): nothing
 * below walks such a value without overflowing the stack.
 */
export function useUpstreamCostLimit(options: {
  budget: number;
  /** Told each estimate (for the operation's trace). */
  onEstimate?: (request: Request | undefined, estimated: number) => void;
}): Plugin<GatewayContext> {
  const { budget } = options;
  return {
    // A subscription is costed like any operation before its first event (its polls are shared).
    onSubscribe({ args, setResultAndStopExecution }) {
      const context = args.contextValue as GatewayContext;
      const estimated = estimateUpstreamCalls({
        schema: args.schema,
        document: args.document,
        operationName: args.operationName,
        variableValues: args.variableValues as Record<string, unknown> | null | undefined,
        callerSub: context.caller?.sub,
      });
      if (estimated !== undefined && estimated > budget) setResultAndStopExecution(tooExpensive(estimated, budget));
    },
    onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as GatewayContext & { request?: Request };
      const deep = tooDeepVariable(args.variableValues as Record<string, unknown> | null | undefined);
      if (deep !== undefined) {
        setResultAndStopExecution({
          errors: [
            new GraphQLError(`Variable "$${deep}" nests deeper than ${MAX_VARIABLE_DEPTH} levels of objects and lists; nothing was run.`, {
              extensions: { code: "BAD_USER_INPUT", http: { spec: true, status: 400 } },
            }),
          ],
        });
        return;
      }
      const estimated = estimateUpstreamCalls({
        schema: args.schema,
        document: args.document,
        operationName: args.operationName,
        variableValues: args.variableValues as Record<string, unknown> | null | undefined,
        callerSub: context.caller?.sub,
      });
      // No estimate: the operation cannot run (unknown operation, bad variables); execution says why.
      if (estimated === undefined) return;
      options.onEstimate?.(context.request, estimated);
      if (estimated > budget) {
        setResultAndStopExecution(tooExpensive(estimated, budget));
        return;
      }
      if (context.request?.headers.get(COST_HEADER) !== "1") return;
      return {
        onExecuteDone({ result, setResult }) {
          if (isAsyncIterable(result)) return;
          const cost: CostReport = { estimated, upstreamCalls: context.upstreamCalls.total, budget };
          setResult({ ...result, extensions: { ...result.extensions, cost } });
        },
      };
    },
  };
}
