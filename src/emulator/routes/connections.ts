import type { Route } from "../route.js";

// `GET /api/v2/connections`: enough of it for a caller to find a connection's id by its name
// (`?name=`), as users imports need one.

const listConnections: Route = {
  method: "GET",
  path: "/api/v2/connections",
  scopes: ["read:connections"],
  query: ["name", "strategy", "fields", "include_fields"],
  handle(ctx) {
    const name = ctx.query.get("name");
    const strategies = ctx.query.getAll("strategy");
    const connections = ctx.state.connections.filter(
      (c) => (name === null || c.name === name) && (strategies.length === 0 || strategies.includes(c.strategy)),
    );
    return {
      status: 200,
      body: connections.map((c) => ({
        id: c.id,
        name: c.name,
        strategy: c.strategy,
        enabled_clients: [],
        is_domain_connection: false,
        realms: [c.name],
        options: c.strategy === "auth0" ? { requires_username: c.requires_username } : {},
      })),
    };
  },
};

export const connectionsRoutes: Route[] = [listConnections];
