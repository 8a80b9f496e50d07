import { ApiError } from "./errors.js";
import type { EmulatorState, PermissionRef, ResourceServer } from "./state.js";

/** A permission as the user and role permission lists return it. */
export interface PermissionView {
  resource_server_identifier: string;
  permission_name: string;
  resource_server_name?: string;
  description?: string;
}

export function samePermission(a: PermissionRef, b: PermissionRef): boolean {
  return a.resource_server_identifier === b.resource_server_identifier && a.permission_name === b.permission_name;
}

/** The reference joined with its API's name and the scope's description. */
export function permissionView(state: EmulatorState, ref: PermissionRef): PermissionView {
  const server = state.resourceServers.find((s) => s.identifier === ref.resource_server_identifier);
  const scope = server?.scopes.find((s) => s.value === ref.permission_name);
  const view: PermissionView = {
    resource_server_identifier: ref.resource_server_identifier,
    permission_name: ref.permission_name,
  };
  if (server) view.resource_server_name = server.name;
  if (scope) view.description = scope.description;
  return view;
}

/** 400 unless the permission is a scope defined on an existing resource server. */
export function requireDefinedPermission(state: EmulatorState, ref: PermissionRef): ResourceServer {
  const server = state.resourceServers.find((s) => s.identifier === ref.resource_server_identifier);
  if (!server) {
    throw new ApiError(400, `The resource server does not exist: ${ref.resource_server_identifier}`, "inexistent_resource_server");
  }
  if (!server.scopes.some((s) => s.value === ref.permission_name)) {
    throw new ApiError(
      400,
      `The permission ${ref.permission_name} is not defined on the resource server ${ref.resource_server_identifier}`,
      "inexistent_permission",
    );
  }
  return server;
}
