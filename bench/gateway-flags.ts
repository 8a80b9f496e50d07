import { START_NODE_FLAGS } from "../test/support/start-command.js";

/**
 * The Node flags a benchmark starts the gateway with: `npm start`'s (package.json), then
 * BENCH_GATEWAY_NODE_ARGS (of a flag given twice, V8 keeps the later value); "none" starts it
 * with Node's defaults instead, for comparison.
 */
export function gatewayNodeFlags(extra = process.env.BENCH_GATEWAY_NODE_ARGS): string[] {
  if (extra?.trim() === "none") return [];
  return [...START_NODE_FLAGS, ...(extra ?? "").split(/\s+/).filter(Boolean)];
}
