import { ApiError } from "../errors.js";
import { offsetPage } from "../pagination.js";
import { permissionView, requireDefinedPermission, samePermission } from "../resource-servers.js";
import { requireUser, type Route, type RouteContext } from "../route.js";
import type { PermissionRef } from "../state.js";
import { validateBody } from "../validation.js";

/** Auth0 caps the permissions assigned directly to one user. */
export const MAX_DIRECT_PERMISSIONS = 1000;

/** The body's permissions: each defined on its resource server (else 400), without duplicates. */
function permissionsOf(ctx: RouteContext, schema: string): PermissionRef[] {
  const { permissions } = validateBody<{ permissions: PermissionRef[] }>(ctx.body, schema);
  const unique: PermissionRef[] = [];
  for (const { resource_server_identifier, permission_name } of permissions) {
    const ref = { resource_server_identifier, permission_name };
    requireDefinedPermission(ctx.state, ref);
    if (!unique.some((p) => samePermission(p, ref))) unique.push(ref);
  }
  return unique;
}

// The list is the user's DIRECT permissions, as the classic endpoint returns them: the contract's
// Permission shape has no `sources`, so role-derived ones would be indistinguishable (and could not
// be removed here); they are read through GET /roles/{id}/permissions.
const listUserPermissions: Route = {
  method: "GET",
  path: "/api/v2/users/{id}/permissions",
  scopes: ["read:users"],
  query: ["page", "per_page", "include_totals"],
  handle(ctx) {
    const user = requireUser(ctx);
    const permissions = (ctx.state.userPermissions.get(user.user_id) ?? []).map((ref) => permissionView(ctx.state, ref));
    return offsetPage(ctx, permissions, { key: "permissions", defaultPerPage: 50, minPerPage: 1 });
  },
};

const assignUserPermissions: Route = {
  method: "POST",
  path: "/api/v2/users/{id}/permissions",
  scopes: ["update:users"],
  query: [],
  handle(ctx) {
    const requested = permissionsOf(ctx, "CreateUserPermissionsRequestContent");
    const user = requireUser(ctx);
    const assigned = ctx.state.userPermissions.get(user.user_id) ?? [];
    const added = requested.filter((ref) => !assigned.some((p) => samePermission(p, ref)));
    if (assigned.length + added.length > MAX_DIRECT_PERMISSIONS) {
      throw new ApiError(400, "No more permissions can be assigned to this user", "too_many_permissions");
    }
    if (added.length > 0) {
      ctx.state.userPermissions.set(user.user_id, [...assigned, ...added]);
      ctx.changed();
    }
    return { status: 201 };
  },
};

const removeUserPermissions: Route = {
  method: "DELETE",
  path: "/api/v2/users/{id}/permissions",
  scopes: ["update:users"],
  query: [],
  handle(ctx) {
    const removed = permissionsOf(ctx, "DeleteUserPermissionsRequestContent");
    const user = requireUser(ctx);
    const assigned = ctx.state.userPermissions.get(user.user_id) ?? [];
    const kept = assigned.filter((p) => !removed.some((ref) => samePermission(p, ref)));
    if (kept.length !== assigned.length) {
      if (kept.length > 0) ctx.state.userPermissions.set(user.user_id, kept);
      else ctx.state.userPermissions.delete(user.user_id);
      ctx.changed();
    }
    return { status: 204 };
  },
};

export const permissionsRoutes: Route[] = [listUserPermissions, assignUserPermissions, removeUserPermissions];
