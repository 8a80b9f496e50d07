import { createServer, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { randomUUID } from "node:crypto";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { createYoga, type YogaServerInstance } from "graphql-yoga";
import type { Logger } from "pino";
import type { TokenVerifier } from "./auth/verify-token.js";
import { createLoaders } from "./loaders/index.js";
import type { GatewayContext } from "./schema/context.js";
import { schema } from "./schema/index.js";
import type { ManagementClient } from "./upstream/client.js";

export interface GatewayOptions {
  client: ManagementClient;
  verifier: TokenVerifier;
  logger: Logger;
  /** GraphiQL at /graphql for browsers; false turns it off. */
  graphiql?: false | { defaultQuery?: string; headers?: Record<string, string> };
}

export interface Gateway {
  yoga: YogaServerInstance<Record<string, never>, GatewayContext>;
  server: Server;
  /** Starts listening; resolves with the origin, e.g. http://127.0.0.1:4000. */
  listen(port: number, host: string): Promise<string>;
  close(): Promise<void>;
}

export function createGateway(options: GatewayOptions): Gateway {
  const { client, verifier, logger, graphiql } = options;
  const yoga = createYoga<Record<string, never>, GatewayContext>({
    schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    logging: logger.child({ component: "yoga" }),
    maskedErrors: { isDev: false },
    graphiql: graphiql === false ? false : () => ({
      title: "usergraph",
      defaultQuery: graphiql?.defaultQuery,
      headers: graphiql?.headers ? JSON.stringify(graphiql.headers, null, 2) : undefined,
    }),
    renderGraphiQL,
    context: async ({ request }): Promise<GatewayContext> => {
      const caller = await verifier.verify(request.headers.get("authorization"));
      const requestId = request.headers.get("x-request-id") ?? randomUUID();
      return { caller, client, loaders: createLoaders(client), requestId };
    },
  });

  const sockets = new Set<Socket>();
  const server = createServer(yoga);
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  return {
    yoga,
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          const address = server.address() as AddressInfo;
          const shown = address.family === "IPv6" ? `[${address.address}]` : address.address;
          resolve(`http://${shown}:${address.port}`);
        });
      }),
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
    },
  };
}
