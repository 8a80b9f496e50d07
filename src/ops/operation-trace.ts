import { randomUUID } from "node:crypto";
import type { UpstreamCallCount } from "../schema/context.js";
import type { CallScope } from "../upstream/call-scope.js";

/** What is known about one GraphQL request while it runs: the source of its log line and metrics. */
export interface OperationTrace {
  requestId: string;
  startedAt: number;
  operationName?: string;
  /** The verified caller's `sub`, once known. */
  callerSub?: string;
  /** query, mutation or subscription once the document parsed. */
  operationType?: string;
  upstreamCalls: UpstreamCallCount;
  /** The operation's upstream calls, once its context is made: settled when its answer goes out. */
  calls?: CallScope;
  errorCodes: string[];
  /** Upstream calls estimated before it ran (src/cost), once estimated. */
  costEstimate?: number;
  /** The OpenTelemetry trace id, when tracing is on and the operation is sampled. */
  traceId?: string;
  /** Set once GraphQL parameters were read: the request is an operation (not GraphiQL's page). */
  isOperation: boolean;
}

/** A caller's id is kept if it is short and plain (it goes into logs and headers); otherwise one is made. */
const ACCEPTED_REQUEST_ID = /^[A-Za-z0-9._:@-]{1,128}$/;

export function requestIdFrom(header: string | null): string {
  return header !== null && ACCEPTED_REQUEST_ID.test(header) ? header : randomUUID();
}

/** The traces of the requests in flight, by request (the same object in every yoga hook and the context). */
export class OperationTraces {
  private readonly traces = new WeakMap<Request, OperationTrace>();

  start(request: Request): OperationTrace {
    const trace: OperationTrace = {
      requestId: requestIdFrom(request.headers.get("x-request-id")),
      startedAt: performance.now(),
      upstreamCalls: { total: 0, byRoute: {} },
      errorCodes: [],
      isOperation: false,
    };
    this.traces.set(request, trace);
    return trace;
  }

  /** The request's trace; started now if no hook saw the request before (yoga.fetch in tests, say). */
  of(request: Request): OperationTrace {
    return this.traces.get(request) ?? this.start(request);
  }
}
