import { effectivePermissions, effectiveRoles, permissionRoleSources, roleSourceGroups } from "../effective-access.js";
import { ApiError } from "../errors.js";
import { checkpointPage } from "../pagination.js";
import { type Route, requireUser } from "../route.js";
import { requiredParam } from "../validation.js";

// The contract sets no largest `take` on these four lists.
const NO_MAX = Number.MAX_SAFE_INTEGER;

const listEffectivePermissions: Route = {
  method: "GET",
  path: "/api/v2/users/{id}/effective-permissions",
  scopes: ["read:user_effective_permissions"],
  query: ["from", "take", "resource_server_identifier"],
  handle(ctx) {
    const resourceServer = requiredParam(ctx.query, "resource_server_identifier", 600);
    const user = requireUser(ctx);
    const api = ctx.state.resourceServers.find((rs) => rs.identifier === resourceServer);
    const permissions = effectivePermissions(ctx.state, user.user_id, resourceServer).map(({ permission, sources }) => {
      const description = api?.scopes.find((s) => s.value === permission.permission_name)?.description;
      return {
        resource_server_identifier: permission.resource_server_identifier,
        permission_name: permission.permission_name,
        ...(api ? { resource_server_name: api.name } : {}),
        ...(description !== undefined ? { description } : {}),
        sources,
      };
    });
    return checkpointPage(ctx, permissions, "permissions", (p) => p.permission_name, NO_MAX);
  },
};

const listPermissionRoleSources: Route = {
  method: "GET",
  path: "/api/v2/users/{id}/effective-permissions/sources/effective-roles",
  scopes: ["read:user_permission_source_roles"],
  query: ["from", "take", "resource_server_identifier", "permission_name"],
  handle(ctx) {
    const resourceServer = requiredParam(ctx.query, "resource_server_identifier", 600);
    const permissionName = requiredParam(ctx.query, "permission_name", 280);
    const user = requireUser(ctx);
    const roles = permissionRoleSources(ctx.state, user.user_id, {
      resource_server_identifier: resourceServer,
      permission_name: permissionName,
    }).map(({ role, sources }) => ({ id: role.id, name: role.name, description: role.description, sources }));
    return checkpointPage(ctx, roles, "roles", (r) => r.id, NO_MAX);
  },
};

const listEffectiveRoles: Route = {
  method: "GET",
  path: "/api/v2/users/{id}/effective-roles",
  scopes: ["read:user_effective_roles"],
  query: ["from", "take"],
  handle(ctx) {
    const user = requireUser(ctx);
    const roles = effectiveRoles(ctx.state, user.user_id).map(({ role, sources }) => ({
      id: role.id,
      name: role.name,
      description: role.description,
      sources,
    }));
    return checkpointPage(ctx, roles, "roles", (r) => r.id, NO_MAX);
  },
};

const listRoleSourceGroups: Route = {
  method: "GET",
  path: "/api/v2/users/{id}/effective-roles/sources/groups",
  scopes: ["read:user_role_source_groups"],
  query: ["role_id", "from", "take"],
  handle(ctx) {
    const roleId = requiredParam(ctx.query, "role_id");
    const user = requireUser(ctx);
    if (!ctx.state.roles.has(roleId)) throw new ApiError(404, "The role does not exist.", "inexistent_role");
    return checkpointPage(ctx, roleSourceGroups(ctx.state, user.user_id, roleId), "groups", (g) => g.id, NO_MAX);
  },
};

export const effectiveAccessRoutes: Route[] = [
  listEffectivePermissions,
  listPermissionRoleSources,
  listEffectiveRoles,
  listRoleSourceGroups,
];
