import { createServer } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { createGatewayRuntime } from "@graphql-hive/gateway";
import { useOpenTelemetry } from "@graphql-hive/gateway/opentelemetry";
import { composeServices } from "@theguild/federation-composition";
import { parse } from "graphql";

export interface SubgraphEndpoint {
  name: string;
  /** The subgraph's GraphQL endpoint. */
  url: string;
  /** Its SDL, as `_service { sdl }` answers it. */
  sdl: string;
}

export interface Router {
  /** The router's GraphQL endpoint. */
  url: string;
  close(): Promise<void>;
}

/** Composes the subgraphs into a supergraph (failing on any composition error). */
export function composeSupergraph(subgraphs: readonly SubgraphEndpoint[]): string {
  const result = composeServices(subgraphs.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })));
  if (result.errors?.length) throw new Error(`composition failed:\n${result.errors.map((error) => error.message).join("\n")}`);
  return result.supergraphSdl!;
}

/**
 * Hive Gateway as the supergraph's router, in process on loopback. It forwards the caller's
 * `Authorization` header to usergraph only (no other subgraph needs the caller's token).
 */
export async function startRouter(
  subgraphs: readonly SubgraphEndpoint[],
  options: {
    usergraph?: string;
    /** Hive Gateway's own OpenTelemetry spans (the provider set up with its `openTelemetrySetup`), W3C traceparent sent to subgraphs. */
    openTelemetry?: boolean;
  } = {},
): Promise<Router> {
  const usergraph = options.usergraph ?? "usergraph";
  const gateway = createGatewayRuntime({
    supergraph: composeSupergraph(subgraphs),
    logging: false,
    landingPage: false,
    graphiql: false,
    ...(options.openTelemetry ? { plugins: (context) => [useOpenTelemetry({ traces: true, log: context.log })] } : {}),
    propagateHeaders: {
      fromClientToSubgraphs: ({ request, subgraphName }) =>
        subgraphName === usergraph ? { authorization: request.headers.get("authorization") } : {},
    },
  });
  const server = createServer(gateway);
  const sockets = new Set<Socket>();
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
      await gateway.dispose();
    },
  };
}
