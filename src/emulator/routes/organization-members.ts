import { ApiError, invalidQuery } from "../errors.js";
import { project, projectionFromQuery } from "../fields.js";
import { checkpointPage, offsetPage } from "../pagination.js";
import type { Route, RouteContext } from "../route.js";
import { type Organization, organizationMemberKey } from "../state.js";
import { validateBody } from "../validation.js";

/** Most organization roles one member may hold (Auth0 answers 409 beyond it). */
export const MAX_MEMBER_ROLES = 50;

function requireOrganization(ctx: RouteContext): Organization {
  const id = ctx.params.id ?? "";
  if (id.length > 50) throw new ApiError(400, "Path validation error: 'String is too long, maximum 50' on property id.", "invalid_uri");
  const organization = ctx.state.organizations.get(id);
  if (!organization) throw new ApiError(404, "The organization does not exist.", "inexistent_organization");
  return organization;
}

function membersOf(ctx: RouteContext, organization: Organization): string[] {
  return ctx.state.organizationMembers.get(organization.id) ?? [];
}

function requireMember(ctx: RouteContext, organization: Organization): string {
  const userId = ctx.params.user_id ?? "";
  if (!ctx.state.users.has(userId)) throw new ApiError(404, "The user does not exist.", "inexistent_user");
  if (!membersOf(ctx, organization).includes(userId)) {
    throw new ApiError(404, "The user is not a member of the organization.", "inexistent_member");
  }
  return userId;
}

function roleIdsOf(ctx: RouteContext, schema: string): string[] {
  return [...new Set(validateBody<{ roles: string[] }>(ctx.body, schema).roles)];
}

const listMembers: Route = {
  method: "GET",
  path: "/api/v2/organizations/{id}/members",
  scopes: ["read:organization_members"],
  query: ["page", "per_page", "include_totals", "from", "take", "fields", "include_fields"],
  handle(ctx) {
    const checkpoint = ctx.query.has("from") || ctx.query.has("take");
    if (checkpoint && ["page", "per_page", "include_totals"].some((name) => ctx.query.has(name))) {
      throw invalidQuery("'from/take (checkpoint) and page/per_page/include_totals (offset) paging cannot be combined'.");
    }
    const projection = projectionFromQuery(ctx.query);
    const organization = requireOrganization(ctx);
    // Roles are answered only when asked for by name in `fields`, and need read:organization_member_roles.
    const withRoles = projection?.include === true && projection.fields.has("roles");
    if (withRoles && !ctx.caller.scopes.has("read:organization_member_roles")) {
      throw new ApiError(403, "Insufficient scope, expected any of: read:organization_member_roles", "insufficient_scope");
    }
    const members = membersOf(ctx, organization).flatMap((userId) => {
      const user = ctx.state.users.get(userId);
      if (!user) return [];
      const member: Record<string, unknown> = { user_id: user.user_id };
      if (user.picture !== undefined) member.picture = user.picture;
      if (user.name !== undefined) member.name = user.name;
      if (user.email !== undefined) member.email = user.email;
      if (withRoles) {
        member.roles = (ctx.state.organizationMemberRoles.get(organizationMemberKey(organization.id, userId)) ?? []).flatMap((roleId) => {
          const role = ctx.state.roles.get(roleId);
          return role ? [{ id: role.id, name: role.name }] : [];
        });
      }
      return [project(member, projection)];
    });
    if (checkpoint) {
      // As for a role's users: the contract's oneOf cannot tell a bare `{members}` from the offset
      // wrapper, so the last checkpoint page carries an empty `next`, read as "done".
      const page = checkpointPage(ctx, members, "members", (m) => String(m.user_id ?? ""));
      const body = page.body as Record<string, unknown>;
      return { ...page, body: { ...body, next: body.next ?? "" } };
    }
    // The include_totals wrapper is Auth0's; the contract's oneOf also matches it as a checkpoint page.
    return offsetPage(ctx, members, { key: "members", defaultPerPage: 50, minPerPage: 1, maxPage: 1000 });
  },
};

const addMembers: Route = {
  method: "POST",
  path: "/api/v2/organizations/{id}/members",
  scopes: ["create:organization_members"],
  query: [],
  handle(ctx) {
    const ids = [...new Set(validateBody<{ members: string[] }>(ctx.body, "CreateOrganizationMemberRequestContent").members)];
    const organization = requireOrganization(ctx);
    const unknown = ids.filter((id) => !ctx.state.users.has(id));
    if (unknown.length > 0) throw new ApiError(400, `One or more users do not exist: ${unknown.join(", ")}`, "inexistent_user");
    const members = membersOf(ctx, organization);
    const added = ids.filter((id) => !members.includes(id));
    if (added.length > 0) {
      ctx.state.organizationMembers.set(organization.id, [...members, ...added]);
      ctx.changed();
    }
    return { status: 204 };
  },
};

// Removing a member takes their organization roles with them.
const removeMembers: Route = {
  method: "DELETE",
  path: "/api/v2/organizations/{id}/members",
  scopes: ["delete:organization_members"],
  query: [],
  handle(ctx) {
    const ids = new Set(validateBody<{ members: string[] }>(ctx.body, "DeleteOrganizationMembersRequestContent").members);
    const organization = requireOrganization(ctx);
    const members = membersOf(ctx, organization);
    const kept = members.filter((id) => !ids.has(id));
    if (kept.length !== members.length) {
      ctx.state.organizationMembers.set(organization.id, kept);
      for (const id of ids) ctx.state.organizationMemberRoles.delete(organizationMemberKey(organization.id, id));
      ctx.changed();
    }
    return { status: 204 };
  },
};

const listMemberRoles: Route = {
  method: "GET",
  path: "/api/v2/organizations/{id}/members/{user_id}/roles",
  scopes: ["read:organization_member_roles"],
  query: ["page", "per_page", "include_totals"],
  handle(ctx) {
    const organization = requireOrganization(ctx);
    const userId = requireMember(ctx, organization);
    const roles = (ctx.state.organizationMemberRoles.get(organizationMemberKey(organization.id, userId)) ?? []).flatMap((roleId) => {
      const role = ctx.state.roles.get(roleId);
      return role ? [{ id: role.id, name: role.name, description: role.description }] : [];
    });
    return offsetPage(ctx, roles, { key: "roles", defaultPerPage: 50, minPerPage: 1, maxPage: 1000 });
  },
};

const assignMemberRoles: Route = {
  method: "POST",
  path: "/api/v2/organizations/{id}/members/{user_id}/roles",
  scopes: ["create:organization_member_roles"],
  query: [],
  handle(ctx) {
    const ids = roleIdsOf(ctx, "AssignOrganizationMemberRolesRequestContent");
    const organization = requireOrganization(ctx);
    const userId = requireMember(ctx, organization);
    const unknown = ids.filter((id) => !ctx.state.roles.has(id));
    if (unknown.length > 0) throw new ApiError(400, `One or more roles do not exist: ${unknown.join(", ")}`, "inexistent_role");
    const key = organizationMemberKey(organization.id, userId);
    const held = ctx.state.organizationMemberRoles.get(key) ?? [];
    const added = ids.filter((id) => !held.includes(id));
    if (held.length + added.length > MAX_MEMBER_ROLES) {
      throw new ApiError(409, "No more roles can be assigned to this organization member.", "too_many_roles");
    }
    if (added.length > 0) {
      ctx.state.organizationMemberRoles.set(key, [...held, ...added]);
      ctx.changed();
    }
    return { status: 204 };
  },
};

const removeMemberRoles: Route = {
  method: "DELETE",
  path: "/api/v2/organizations/{id}/members/{user_id}/roles",
  scopes: ["delete:organization_member_roles"],
  query: [],
  handle(ctx) {
    const ids = new Set(roleIdsOf(ctx, "DeleteOrganizationMemberRolesRequestContent"));
    const organization = requireOrganization(ctx);
    const userId = requireMember(ctx, organization);
    const key = organizationMemberKey(organization.id, userId);
    const held = ctx.state.organizationMemberRoles.get(key) ?? [];
    const kept = held.filter((id) => !ids.has(id));
    if (kept.length !== held.length) {
      if (kept.length > 0) ctx.state.organizationMemberRoles.set(key, kept);
      else ctx.state.organizationMemberRoles.delete(key);
      ctx.changed();
    }
    return { status: 204 };
  },
};

export const organizationMembersRoutes: Route[] = [
  listMembers,
  addMembers,
  removeMembers,
  listMemberRoles,
  assignMemberRoles,
  removeMemberRoles,
];
