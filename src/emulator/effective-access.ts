import type { EmulatorState, Group, PermissionRef, Role } from "./state.js";

// A user's effective access: roles held directly or through groups, and the permissions those roles
// and the user's direct grants give.

export type RoleSource = "direct" | "groups";
export type PermissionSource = "direct" | "roles";

export interface EffectiveRole {
  role: Role;
  sources: RoleSource[];
}

export function groupsOf(state: EmulatorState, userId: string): Group[] {
  return (state.userGroups.get(userId) ?? []).flatMap((m) => state.groups.get(m.group_id) ?? []);
}

export function effectiveRoles(state: EmulatorState, userId: string): EffectiveRole[] {
  const sources = new Map<string, Set<RoleSource>>();
  const add = (roleId: string, source: RoleSource) => {
    if (!state.roles.has(roleId)) return;
    const set = sources.get(roleId) ?? new Set<RoleSource>();
    set.add(source);
    sources.set(roleId, set);
  };
  for (const roleId of state.userRoles.get(userId) ?? []) add(roleId, "direct");
  for (const group of groupsOf(state, userId)) for (const roleId of state.groupRoles.get(group.id) ?? []) add(roleId, "groups");
  return [...sources].map(([roleId, set]) => ({
    role: state.roles.get(roleId)!,
    sources: (["direct", "groups"] as const).filter((s) => set.has(s)),
  }));
}

export interface EffectivePermission {
  permission: PermissionRef;
  sources: PermissionSource[];
}

const same = (a: PermissionRef, b: PermissionRef) =>
  a.resource_server_identifier === b.resource_server_identifier && a.permission_name === b.permission_name;

export function effectivePermissions(state: EmulatorState, userId: string, resourceServer: string): EffectivePermission[] {
  const found: EffectivePermission[] = [];
  const add = (permission: PermissionRef, source: PermissionSource) => {
    if (permission.resource_server_identifier !== resourceServer) return;
    const known = found.find((f) => same(f.permission, permission));
    if (!known) found.push({ permission, sources: [source] });
    else if (!known.sources.includes(source)) known.sources.push(source);
  };
  for (const permission of state.userPermissions.get(userId) ?? []) add(permission, "direct");
  for (const { role } of effectiveRoles(state, userId)) {
    for (const permission of state.rolePermissions.get(role.id) ?? []) add(permission, "roles");
  }
  for (const f of found) f.sources.sort();
  return found;
}

/** The user's effective roles that carry `permission`. */
export function permissionRoleSources(state: EmulatorState, userId: string, permission: PermissionRef): EffectiveRole[] {
  return effectiveRoles(state, userId).filter(({ role }) => (state.rolePermissions.get(role.id) ?? []).some((p) => same(p, permission)));
}

/** The user's groups that grant `roleId`. */
export function roleSourceGroups(state: EmulatorState, userId: string, roleId: string): Group[] {
  return groupsOf(state, userId).filter((group) => (state.groupRoles.get(group.id) ?? []).includes(roleId));
}
