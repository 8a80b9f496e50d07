import { project, projectionFromQuery } from "../fields.js";
import { checkpointPage, offsetPage } from "../pagination.js";
import { type Route, requireUser } from "../route.js";

// A user's groups: offset paging (`page`, `per_page`, `include_totals`), or checkpoint paging when
// `from` or `take` is sent.
const listUserGroups: Route = {
  method: "GET",
  path: "/api/v2/users/{id}/groups",
  scopes: ["read:groups"],
  query: ["fields", "include_fields", "page", "per_page", "include_totals", "from", "take"],
  handle(ctx) {
    const projection = projectionFromQuery(ctx.query);
    const user = requireUser(ctx);
    const groups = (ctx.state.userGroups.get(user.user_id) ?? []).flatMap((membership) => {
      const group = ctx.state.groups.get(membership.group_id);
      return group ? [project({ ...group, membership_created_at: membership.membership_created_at }, projection)] : [];
    });
    if (ctx.query.has("from") || ctx.query.has("take")) {
      return checkpointPage(ctx, groups, "groups", (g) => String(g.id ?? ""));
    }
    return offsetPage(ctx, groups, { key: "groups", minPerPage: 1 });
  },
};

export const groupsRoutes: Route[] = [listUserGroups];
