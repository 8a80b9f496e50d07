import { ApiError } from "../errors.js";
import { offsetPage } from "../pagination.js";
import { requireUser, type Route } from "../route.js";
import type { Organization } from "../state.js";

const listUserOrganizations: Route = {
  method: "GET",
  path: "/api/v2/users/{id}/organizations",
  scopes: ["read:organizations"],
  query: ["page", "per_page", "include_totals"],
  handle(ctx) {
    const user = requireUser(ctx);
    const organizations: Organization[] = [];
    for (const [id, organization] of ctx.state.organizations) {
      if (ctx.state.organizationMembers.get(id)?.includes(user.user_id)) organizations.push(organization);
    }
    return offsetPage(ctx, organizations, { key: "organizations", defaultPerPage: 50, minPerPage: 1, maxPage: 1000 });
  },
};

const getOrganization: Route = {
  method: "GET",
  path: "/api/v2/organizations/{id}",
  scopes: ["read:organizations", "read:organizations_summary"],
  query: [],
  handle(ctx) {
    const organization = ctx.state.organizations.get(ctx.params.id ?? "");
    if (!organization) throw new ApiError(404, "The organization does not exist.", "inexistent_organization");
    return { status: 200, body: organization };
  },
};

export const organizationsRoutes: Route[] = [listUserOrganizations, getOrganization];
