import { describe, expect, it } from "vitest";
import type { Permission } from "../../src/upstream/types.js";
import { graphql } from "../gql/index.js";
import {
  UNKNOWN_USER,
  expectForbidden,
  expectInvalid,
  expectUpstreamRejected,
  expectUserError,
  mutationTestGateway,
  payloadOf,
  userIds,
} from "../support/mutations.js";

const t = mutationTestGateway();

graphql(`fragment PermMutUserPermissions on User {
  permissions(first: 100) { totalCount nodes { resourceServerIdentifier permissionName resourceServerName description } }
}`);
const ASSIGN = graphql(`mutation PermMutAssignUserPermissions($id: ID!, $p: [PermissionInput!]!) {
  assignUserPermissions(id: $id, permissions: $p) { user { id ...PermMutUserPermissions } userErrors { field message code } }
}`);
const REMOVE = graphql(`mutation PermMutRemoveUserPermissions($id: ID!, $p: [PermissionInput!]!) {
  removeUserPermissions(id: $id, permissions: $p) { user { id ...PermMutUserPermissions } userErrors { field message code } }
}`);
const READ = graphql(`query PermMutUserPermissionsRead($id: ID!) { user(id: $id) { ...PermMutUserPermissions } }`);

interface Ref {
  resourceServerIdentifier: string;
  permissionName: string;
}

async function restPermissions(userId: string) {
  const res = await t.rest<Permission[]>("GET", `/users/${encodeURIComponent(userId)}/permissions?per_page=100`);
  expect(res.status).toBe(200);
  return res.body.map((p) => ({
    resourceServerIdentifier: p.resource_server_identifier!,
    permissionName: p.permission_name!,
    resourceServerName: p.resource_server_name ?? null,
    description: p.description ?? null,
  }));
}

/** Permissions the emulated tenant defines, as graph inputs. */
function defined(): Ref[] {
  return t.emulator.state.resourceServers.flatMap((server) =>
    server.scopes.map((scope) => ({ resourceServerIdentifier: server.identifier, permissionName: scope.value })),
  );
}

const withoutPermissions = () => userIds(t, (id) => !t.emulator.state.userPermissions.has(id));
const refOf = (p: Ref) => ({ resourceServerIdentifier: p.resourceServerIdentifier, permissionName: p.permissionName });

describe("assignUserPermissions", () => {
  it("assigns the permissions; the payload and a later operation show them", async () => {
    const userId = withoutPermissions()[0]!;
    const wanted = [defined()[0]!, defined().at(-1)!];
    t.resetCalls();
    const payload = payloadOf(await t.query(ASSIGN, { id: userId, p: [...wanted, wanted[0]!] }), "assignUserPermissions");
    expect(payload!.userErrors).toEqual([]);
    expect(t.upstreamCalls()["POST /api/v2/users/{id}/permissions"]).toBe(1);
    const rest = await restPermissions(userId);
    expect(rest.map(refOf)).toEqual(wanted);
    expect(payload!.user!.permissions).toEqual({ totalCount: 2, nodes: rest });
    expect((await t.query(READ, { id: userId })).body.data!.user!.permissions!.nodes).toEqual(rest);
  });

  it("is NOT_FOUND for an unknown user", async () => {
    await expectUserError(t, ASSIGN, { id: UNKNOWN_USER, p: [defined()[0]!] }, "assignUserPermissions", {
      code: "NOT_FOUND",
      field: ["id"],
    });
  });

  it("is NOT_FOUND for a permission or API the tenant does not define, and assigns nothing", async () => {
    const userId = withoutPermissions()[1]!;
    const known = defined()[0]!;
    for (const unknown of [
      { ...known, permissionName: "launch:rockets" },
      { ...known, resourceServerIdentifier: "https://nowhere.example/" },
    ]) {
      await expectUserError(t, ASSIGN, { id: userId, p: [known, unknown] }, "assignUserPermissions", {
        code: "NOT_FOUND",
        field: ["permissions"],
      });
    }
    expect(await restPermissions(userId)).toEqual([]);
  });

  it("is UPSTREAM_REJECTED when Auth0 refuses the request", async () => {
    await expectUpstreamRejected(t, ASSIGN, { id: withoutPermissions()[2]!, p: [defined()[0]!] }, "assignUserPermissions", {
      method: "POST",
      route: "/api/v2/users/{id}/permissions",
    });
  });

  it("checks its input before calling Auth0", async () => {
    const userId = withoutPermissions()[3]!;
    const known = defined()[0]!;
    await expectInvalid(t, ASSIGN, { id: userId, p: [] }, "assignUserPermissions", ["permissions"]);
    await expectInvalid(t, ASSIGN, { id: "", p: [known] }, "assignUserPermissions", ["id"]);
    await expectInvalid(t, ASSIGN, { id: userId, p: [known, { ...known, permissionName: " " }] }, "assignUserPermissions", [
      "permissions",
      "1",
      "permissionName",
    ]);
    await expectInvalid(t, ASSIGN, { id: userId, p: [{ ...known, resourceServerIdentifier: "" }] }, "assignUserPermissions", [
      "permissions",
      "0",
      "resourceServerIdentifier",
    ]);
    await expectInvalid(t, ASSIGN, { id: userId, p: Array.from({ length: 101 }, () => known) }, "assignUserPermissions", ["permissions"]);
    expect(await restPermissions(userId)).toEqual([]);
  });

  it("is FORBIDDEN without update:users", async () => {
    const userId = withoutPermissions()[4]!;
    await expectForbidden(t, ASSIGN, { id: userId, p: [defined()[0]!] }, "assignUserPermissions", "read:users create:role_members");
    expect(await restPermissions(userId)).toEqual([]);
  });
});

describe("removeUserPermissions", () => {
  async function userWithPermissions(index: number): Promise<{ userId: string; before: Awaited<ReturnType<typeof restPermissions>> }> {
    const userId = withoutPermissions()[10 + index]!;
    const seeded = defined().slice(0, 3);
    expect(payloadOf(await t.query(ASSIGN, { id: userId, p: seeded }), "assignUserPermissions")!.userErrors).toEqual([]);
    return { userId, before: await restPermissions(userId) };
  }

  it("removes the permissions; the payload and a later operation show the rest", async () => {
    const { userId, before } = await userWithPermissions(0);
    const payload = payloadOf(await t.query(REMOVE, { id: userId, p: [refOf(before[1]!)] }), "removeUserPermissions");
    expect(payload!.userErrors).toEqual([]);
    const rest = await restPermissions(userId);
    expect(rest).toEqual([before[0], before[2]]);
    expect(payload!.user!.permissions).toEqual({ totalCount: 2, nodes: rest });
    expect((await t.query(READ, { id: userId })).body.data!.user!.permissions!.nodes).toEqual(rest);
  });

  it("shows a later field of the same operation the new state", async () => {
    const { userId, before } = await userWithPermissions(1);
    const res = await t.query(
      graphql(`mutation PermMutRemoveUserPermissionsTwice($id: ID!, $one: [PermissionInput!]!, $all: [PermissionInput!]!) {
        a: removeUserPermissions(id: $id, permissions: $one) { user { ...PermMutUserPermissions } }
        b: removeUserPermissions(id: $id, permissions: $all) { user { ...PermMutUserPermissions } }
      }`),
      { id: userId, one: [refOf(before[0]!)], all: before.map(refOf) },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.a!.user!.permissions!.nodes).toEqual(before.slice(1));
    expect(res.body.data!.b!.user!.permissions).toEqual({ totalCount: 0, nodes: [] });
  });

  it("is NOT_FOUND for an unknown user or an undefined permission", async () => {
    await expectUserError(t, REMOVE, { id: UNKNOWN_USER, p: [defined()[0]!] }, "removeUserPermissions", {
      code: "NOT_FOUND",
      field: ["id"],
    });
    const { userId, before } = await userWithPermissions(2);
    await expectUserError(
      t,
      REMOVE,
      { id: userId, p: [{ ...refOf(before[0]!), permissionName: "launch:rockets" }] },
      "removeUserPermissions",
      {
        code: "NOT_FOUND",
        field: ["permissions"],
      },
    );
    expect(await restPermissions(userId)).toEqual(before);
  });

  it("is UPSTREAM_REJECTED when Auth0 refuses the request", async () => {
    await expectUpstreamRejected(t, REMOVE, { id: withoutPermissions()[5]!, p: [defined()[0]!] }, "removeUserPermissions", {
      method: "DELETE",
      route: "/api/v2/users/{id}/permissions",
    });
  });

  it("checks its input before calling Auth0", async () => {
    const userId = withoutPermissions()[6]!;
    await expectInvalid(t, REMOVE, { id: userId, p: [] }, "removeUserPermissions", ["permissions"]);
    await expectInvalid(t, REMOVE, { id: "  ", p: [defined()[0]!] }, "removeUserPermissions", ["id"]);
  });

  it("is FORBIDDEN without update:users", async () => {
    const { userId, before } = await userWithPermissions(3);
    await expectForbidden(t, REMOVE, { id: userId, p: [refOf(before[0]!)] }, "removeUserPermissions", "read:users delete:role_members");
    expect(await restPermissions(userId)).toEqual(before);
  });
});
