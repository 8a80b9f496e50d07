import { invalidQuery } from "../errors.js";
import { requireUser, type Route, type RouteContext } from "../route.js";
import type { BruteForceBlock, EmulatorState } from "../state.js";
import { boolParam } from "../validation.js";

// Brute-force protection blocks. They live apart from the admin block (`blocked: true` on the user),
// which these endpoints neither report nor lift. The emulated tenant has brute-force protection on
// and set to block, so `consider_brute_force_enablement` changes nothing but must be a boolean.

function requiredIdentifier(ctx: RouteContext): string {
  const identifier = ctx.query.get("identifier");
  if (identifier === null || identifier.trim() === "") throw invalidQuery("'Missing required property: identifier'.");
  return identifier;
}

/**
 * The user ids an identifier (email, username or phone number) names: the users whose blocks
 * were recorded under it, and the blocked users who have it as an attribute.
 */
function usersIdentifiedBy(state: EmulatorState, identifier: string): Set<string> {
  const wanted = identifier.toLowerCase();
  const ids = new Set<string>();
  for (const block of state.bruteForceBlocks) {
    if (ids.has(block.user_id)) continue;
    const user = state.users.get(block.user_id);
    const names = [block.identifier, user?.email, user?.username, user?.phone_number];
    if (names.some((name) => name !== undefined && name.toLowerCase() === wanted)) ids.add(block.user_id);
  }
  return ids;
}

function blockedFor(blocks: BruteForceBlock[]): { blocked_for: { identifier: string; ip?: string; connection: string }[] } {
  return {
    blocked_for: blocks.map((block) => ({
      identifier: block.identifier,
      ...(block.ip !== undefined ? { ip: block.ip } : {}),
      connection: block.connection,
    })),
  };
}

function removeBlocks(ctx: RouteContext, userIds: ReadonlySet<string>): void {
  const before = ctx.state.bruteForceBlocks.length;
  ctx.state.bruteForceBlocks = ctx.state.bruteForceBlocks.filter((block) => !userIds.has(block.user_id));
  if (ctx.state.bruteForceBlocks.length !== before) ctx.changed();
}

const getByIdentifier: Route = {
  method: "GET",
  path: "/api/v2/user-blocks",
  scopes: ["read:users"],
  query: ["identifier", "consider_brute_force_enablement"],
  handle(ctx) {
    const identifier = requiredIdentifier(ctx);
    boolParam(ctx.query, "consider_brute_force_enablement");
    const ids = usersIdentifiedBy(ctx.state, identifier);
    return { status: 200, body: blockedFor(ctx.state.bruteForceBlocks.filter((block) => ids.has(block.user_id))) };
  },
};

const deleteByIdentifier: Route = {
  method: "DELETE",
  path: "/api/v2/user-blocks",
  scopes: ["update:users"],
  query: ["identifier"],
  handle(ctx) {
    removeBlocks(ctx, usersIdentifiedBy(ctx.state, requiredIdentifier(ctx)));
    return { status: 204 };
  },
};

const getByUser: Route = {
  method: "GET",
  path: "/api/v2/user-blocks/{id}",
  scopes: ["read:users"],
  query: ["consider_brute_force_enablement"],
  handle(ctx) {
    boolParam(ctx.query, "consider_brute_force_enablement");
    const user = requireUser(ctx);
    return { status: 200, body: blockedFor(ctx.state.bruteForceBlocks.filter((block) => block.user_id === user.user_id)) };
  },
};

const deleteByUser: Route = {
  method: "DELETE",
  path: "/api/v2/user-blocks/{id}",
  scopes: ["update:users"],
  query: [],
  handle(ctx) {
    const user = requireUser(ctx);
    removeBlocks(ctx, new Set([user.user_id]));
    return { status: 204 };
  },
};

export const userBlocksRoutes: Route[] = [getByIdentifier, deleteByIdentifier, getByUser, deleteByUser];
