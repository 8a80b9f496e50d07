import { ApiError, invalidQuery } from "../errors.js";
import { checkpointPage, offsetPage } from "../pagination.js";
import { permissionView } from "../resource-servers.js";
import { requireUser, type Route, type RouteContext } from "../route.js";
import type { Role, StoredUser } from "../state.js";
import { validateBody } from "../validation.js";

const OFFSET_QUERY = ["page", "per_page", "include_totals"];

function requireRole(ctx: RouteContext): Role {
  const role = ctx.state.roles.get(ctx.params.id ?? "");
  if (!role) throw new ApiError(404, "The role does not exist.", "inexistent_role");
  return role;
}

const roleView = ({ id, name, description }: Role): Role => ({ id, name, description });

/** The user's tenant roles, in assignment order (ids whose role is gone are skipped). */
function rolesOf(ctx: RouteContext, userId: string): Role[] {
  return (ctx.state.userRoles.get(userId) ?? []).flatMap((id) => {
    const role = ctx.state.roles.get(id);
    return role ? [roleView(role)] : [];
  });
}

/** `{roles: [...]}` of POST/DELETE /users/{id}/roles, without duplicates. */
function roleIdsOf(ctx: RouteContext, schema: string): string[] {
  return [...new Set(validateBody<{ roles: string[] }>(ctx.body, schema).roles)];
}

/** RoleUser: only the four profile fields, and only those the user has. */
function roleUser(user: StoredUser): Record<string, string> {
  const row: Record<string, string> = { user_id: user.user_id };
  if (user.picture !== undefined) row.picture = user.picture;
  if (user.name !== undefined) row.name = user.name;
  if (user.email !== undefined) row.email = user.email;
  return row;
}

const listUserRoles: Route = {
  method: "GET",
  path: "/api/v2/users/{id}/roles",
  // The contract: roles reads need read:users AND read:roles; read:role_members alone also does.
  scopes: ["read:users", "read:roles"],
  scopeMode: "all",
  alsoAdmittedBy: ["read:role_members"],
  query: OFFSET_QUERY,
  handle(ctx) {
    const user = requireUser(ctx);
    return offsetPage(ctx, rolesOf(ctx, user.user_id), { key: "roles", defaultPerPage: 50, minPerPage: 1 });
  },
};

const assignUserRoles: Route = {
  method: "POST",
  path: "/api/v2/users/{id}/roles",
  scopes: ["update:users", "create:role_members"],
  query: [],
  handle(ctx) {
    const ids = roleIdsOf(ctx, "AssignUserRolesRequestContent");
    const user = requireUser(ctx);
    const unknown = ids.filter((id) => !ctx.state.roles.has(id));
    if (unknown.length > 0) {
      throw new ApiError(400, `One or more roles do not exist: ${unknown.join(", ")}`, "inexistent_role");
    }
    const assigned = ctx.state.userRoles.get(user.user_id) ?? [];
    const added = ids.filter((id) => !assigned.includes(id));
    if (added.length > 0) {
      ctx.state.userRoles.set(user.user_id, [...assigned, ...added]);
      ctx.changed();
    }
    return { status: 204 };
  },
};

const removeUserRoles: Route = {
  method: "DELETE",
  path: "/api/v2/users/{id}/roles",
  scopes: ["update:users", "delete:role_members"],
  query: [],
  handle(ctx) {
    const ids = new Set(roleIdsOf(ctx, "DeleteUserRolesRequestContent"));
    const user = requireUser(ctx);
    const assigned = ctx.state.userRoles.get(user.user_id) ?? [];
    const kept = assigned.filter((id) => !ids.has(id));
    if (kept.length !== assigned.length) {
      if (kept.length > 0) ctx.state.userRoles.set(user.user_id, kept);
      else ctx.state.userRoles.delete(user.user_id);
      ctx.changed();
    }
    return { status: 204 };
  },
};

const listRoles: Route = {
  method: "GET",
  path: "/api/v2/roles",
  scopes: ["read:roles"],
  query: [...OFFSET_QUERY, "name_filter"],
  handle(ctx) {
    const filter = ctx.query.get("name_filter")?.toLowerCase() ?? "";
    const roles = [...ctx.state.roles.values()]
      .filter((role) => role.name.toLowerCase().includes(filter))
      .sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1))
      .map(roleView);
    return offsetPage(ctx, roles, { key: "roles", defaultPerPage: 50, minPerPage: 1 });
  },
};

const getRole: Route = {
  method: "GET",
  path: "/api/v2/roles/{id}",
  scopes: ["read:roles"],
  query: [],
  handle(ctx) {
    return { status: 200, body: roleView(requireRole(ctx)) };
  },
};

const listRoleUsers: Route = {
  method: "GET",
  path: "/api/v2/roles/{id}/users",
  scopes: ["read:users", "read:roles"],
  scopeMode: "all",
  alsoAdmittedBy: ["read:role_members"],
  query: [...OFFSET_QUERY, "from", "take"],
  handle(ctx) {
    const checkpoint = ctx.query.has("from") || ctx.query.has("take");
    if (checkpoint && OFFSET_QUERY.some((name) => ctx.query.has(name))) {
      throw invalidQuery("'from/take (checkpoint) and page/per_page/include_totals (offset) paging cannot be combined'.");
    }
    const role = requireRole(ctx);
    const members: Record<string, string>[] = [];
    for (const [userId, roleIds] of ctx.state.userRoles) {
      const user = ctx.state.users.get(userId);
      if (user && roleIds.includes(role.id)) members.push(roleUser(user));
    }
    members.sort((a, b) => (a.user_id! < b.user_id! ? -1 : a.user_id! > b.user_id! ? 1 : 0));
    if (checkpoint) {
      // The contract's oneOf cannot tell a bare `{users}` from the offset wrapper (all optional, no
      // `next`), so the last checkpoint page carries an empty `next`, which the contract reads as "done".
      const page = checkpointPage(ctx, members, "users", (row) => row.user_id!);
      const body = page.body as Record<string, unknown>;
      return { ...page, body: { ...body, next: body.next ?? "" } };
    }
    // Beyond 1000 members Auth0 requires checkpoint paging.
    return offsetPage(ctx, members, { key: "users", defaultPerPage: 50, minPerPage: 1, window: 1000 });
  },
};

// The role's side of POST /users/{id}/roles: the same assignment, many users at once.
const assignRoleUsers: Route = {
  method: "POST",
  path: "/api/v2/roles/{id}/users",
  scopes: ["update:roles", "create:role_members"],
  query: [],
  handle(ctx) {
    const ids = [...new Set(validateBody<{ users: string[] }>(ctx.body, "AssignRoleUsersRequestContent").users)];
    const role = requireRole(ctx);
    if (ids.some((id) => !ctx.state.users.has(id))) throw new ApiError(404, "One or more of the users do not exist.", "inexistent_user");
    let changed = false;
    for (const id of ids) {
      const assigned = ctx.state.userRoles.get(id) ?? [];
      if (assigned.includes(role.id)) continue;
      ctx.state.userRoles.set(id, [...assigned, role.id]);
      changed = true;
    }
    if (changed) ctx.changed();
    return { status: 200 };
  },
};

const listRolePermissions: Route = {
  method: "GET",
  path: "/api/v2/roles/{id}/permissions",
  scopes: ["read:roles"],
  query: OFFSET_QUERY,
  handle(ctx) {
    const role = requireRole(ctx);
    const permissions = (ctx.state.rolePermissions.get(role.id) ?? []).map((ref) => permissionView(ctx.state, ref));
    return offsetPage(ctx, permissions, { key: "permissions", defaultPerPage: 50, minPerPage: 1 });
  },
};

export const rolesRoutes: Route[] = [
  listUserRoles,
  assignUserRoles,
  removeUserRoles,
  listRoles,
  getRole,
  listRoleUsers,
  assignRoleUsers,
  listRolePermissions,
];
