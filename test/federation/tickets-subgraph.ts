import { createServer } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { buildSubgraphSchema, printSubgraphSchema } from "@apollo/subgraph";
import { parse } from "graphql";
import { createYoga } from "graphql-yoga";

/**
 * A second subgraph for the federation tests: a tiny support-tickets service whose tickets point at
 * usergraph's users. It knows a user only by its key (`User @key(fields: "id", resolvable: false)`),
 * so every user field of a ticket's requester comes from usergraph through the router. It also pages
 * its tickets with a Relay `PageInfo`, which composes only because both subgraphs mark it
 * `@shareable`.
 */

export interface Ticket {
  id: string;
  subject: string;
  /** An Auth0 `user_id`. */
  requesterId: string;
}

export const TICKETS_TYPE_DEFS = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key", "@shareable"])

  type Query {
    "Every ticket, oldest first."
    tickets: [Ticket!]!
    "The first tickets, as a Relay connection."
    ticketPage(first: Int!): TicketConnection!
  }

  "A support ticket."
  type Ticket @key(fields: "id") {
    id: ID!
    subject: String!
    "Who opened the ticket: a usergraph user."
    requester: User
  }

  type TicketConnection {
    nodes: [Ticket!]!
    pageInfo: PageInfo!
  }

  type PageInfo @shareable {
    endCursor: String
    hasNextPage: Boolean!
    hasPreviousPage: Boolean!
    startCursor: String
  }

  "A usergraph user, by its Auth0 user_id."
  type User @key(fields: "id", resolvable: false) {
    id: ID!
  }
`);

export interface TicketsSubgraph {
  /** GraphQL endpoint, e.g. http://127.0.0.1:1234/graphql. */
  url: string;
  /** The subgraph SDL, as `_service { sdl }` answers it. */
  sdl: string;
  close(): Promise<void>;
}

export async function startTicketsSubgraph(tickets: readonly Ticket[]): Promise<TicketsSubgraph> {
  const byId = new Map(tickets.map((ticket) => [ticket.id, ticket]));
  const schema = buildSubgraphSchema({
    typeDefs: TICKETS_TYPE_DEFS,
    resolvers: {
      Query: {
        tickets: () => tickets,
        ticketPage: (_root: unknown, { first }: { first: number }) => {
          const nodes = tickets.slice(0, Math.max(0, first));
          return {
            nodes,
            pageInfo: {
              hasNextPage: nodes.length < tickets.length,
              hasPreviousPage: false,
              startCursor: nodes[0]?.id ?? null,
              endCursor: nodes.at(-1)?.id ?? null,
            },
          };
        },
      },
      Ticket: {
        __resolveReference: (reference: { id: string }) => byId.get(reference.id) ?? null,
        requester: (ticket: Ticket) => ({ __typename: "User", id: ticket.requesterId }),
      },
    },
  });
  const yoga = createYoga({ schema, logging: false, landingPage: false, graphiql: false });
  const server = createServer(yoga);
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
    sdl: printSubgraphSchema(schema),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}
