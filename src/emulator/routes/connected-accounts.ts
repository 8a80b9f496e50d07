import { checkpointPage } from "../pagination.js";
import { type Route, requireUser } from "../route.js";

const listConnectedAccounts: Route = {
  method: "GET",
  path: "/api/v2/users/{id}/connected-accounts",
  scopes: ["read:users"],
  query: ["from", "take"],
  handle(ctx) {
    const user = requireUser(ctx);
    return checkpointPage(ctx, ctx.state.connectedAccounts.get(user.user_id) ?? [], "connected_accounts", (a) => a.id);
  },
};

export const connectedAccountsRoutes: Route[] = [listConnectedAccounts];
