// The operations issue 6 bounds, shared by the benchmark (bench/run.ts) and the tests that assert
// their exact upstream call counts (test/batching): what is measured is what is tested.

/** Everything the operations need from the tenant: ids that exist, one that does not, a role with members. */
export interface Fixture {
  /** At least 101 existing user ids. */
  userIds: string[];
  /** A user id that does not exist. */
  unknownUserId: string;
  /** A role with at least 50 members. */
  roleId: string;
  /** A role a new user is given by operation 8. */
  assignRoleId: string;
  /** The database connection new users are created in. */
  connection: string;
}

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
}

export interface BenchOperation {
  id: string;
  title: string;
  /** The fewest upstream calls, and sequential upstream round trips, the operation can take. */
  bound: { calls: number; roundTrips: number };
  /**
   * The GraphQL requests of one run, in order: each step gets the `data` of the previous answer
   * (operation 8 assigns a role to the user it created) and a number unique to the run.
   */
  steps: ((previous: unknown, unique: string) => GraphQLRequest)[];
}

const EVERY_LIST = `
  roles { nodes { name } }
  permissions { nodes { permissionName } }
  organizations { nodes { name } }
  logs { nodes { type } }
  authenticationMethods { nodes { type } }
  sessions { nodes { id } }
  refreshTokens { nodes { id } }
  enrollments { id }
  blockedFor { identifier }`;

/** `u0: user(id: $i0) { email } …`: aliased single lookups. */
export function aliasedLookups(ids: readonly string[]): GraphQLRequest {
  const variables = Object.fromEntries(ids.map((id, i) => [`i${i}`, id]));
  const declarations = ids.map((_, i) => `$i${i}: ID!`).join(", ");
  const fields = ids.map((_, i) => `u${i}: user(id: $i${i}) { email }`).join(" ");
  return { query: `query AliasedLookups(${declarations}) { ${fields} }`, variables };
}

export function benchOperations(fixture: Fixture): BenchOperation[] {
  const ids = fixture.userIds;
  const user = ids[0]!;
  return [
    {
      id: "1",
      title: "user(id){email}",
      bound: { calls: 1, roundTrips: 1 },
      steps: [() => ({ query: `query User($id: ID!) { user(id: $id) { email } }`, variables: { id: user } })],
    },
    {
      id: "2a",
      title: "usersByIds, 25 ids",
      bound: { calls: 1, roundTrips: 1 },
      steps: [
        () => ({ query: `query UsersByIds($ids: [ID!]!) { usersByIds(ids: $ids) { id email } }`, variables: { ids: ids.slice(0, 25) } }),
      ],
    },
    {
      id: "2b",
      title: "25 aliased user(id:)",
      bound: { calls: 1, roundTrips: 1 },
      steps: [() => aliasedLookups(ids.slice(0, 25))],
    },
    {
      id: "2c",
      title: "usersByIds, 101 ids",
      bound: { calls: 2, roundTrips: 1 },
      steps: [
        () => ({ query: `query UsersByIds($ids: [ID!]!) { usersByIds(ids: $ids) { id email } }`, variables: { ids: ids.slice(0, 101) } }),
      ],
    },
    {
      id: "3",
      title: "users(first:50){nodes{id email roles}}",
      bound: { calls: 51, roundTrips: 2 },
      steps: [() => ({ query: `query UsersWithRoles { users(first: 50) { nodes { id email roles { nodes { name } } } } }` })],
    },
    {
      id: "4",
      title: "users(first:50){nodes{roles permissions organizations}}",
      bound: { calls: 151, roundTrips: 2 },
      steps: [
        () => ({
          query:
            `query UsersWithGrants { users(first: 50) { nodes { id roles { nodes { name } } permissions { ` +
            `nodes { permissionName } } organizations { nodes { name } } } } }`,
        }),
      ],
    },
    {
      id: "5",
      title: "_entities, 100 User references",
      bound: { calls: 1, roundTrips: 1 },
      steps: [
        () => ({
          query: `query Entities($representations: [_Any!]!) { _entities(representations: $representations) { ... on User { email } } }`,
          variables: { representations: ids.slice(0, 100).map((id) => ({ __typename: "User", id })) },
        }),
      ],
    },
    {
      id: "6",
      title: "one user with every nested list",
      bound: { calls: 10, roundTrips: 2 },
      steps: [() => ({ query: `query UserWithEverything($id: ID!) { user(id: $id) { email ${EVERY_LIST} } }`, variables: { id: user } })],
    },
    {
      id: "7",
      title: "role(id){users(first:50){nodes{email lastLogin}}}",
      bound: { calls: 2, roundTrips: 2 },
      steps: [
        () => ({
          query: `query RoleMembers($id: ID!) { role(id: $id) { users(first: 50) { nodes { email lastLogin } } } }`,
          variables: { id: fixture.roleId },
        }),
      ],
    },
    {
      id: "8",
      title: "createUser, assignUserRoles, the user's roles",
      bound: { calls: 3, roundTrips: 3 },
      steps: [
        (_previous, unique) => ({
          query: `mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { user { id } userErrors { code message } } }`,
          variables: { input: { connection: fixture.connection, email: `bench-${unique}@example.com`, password: "Bench-Pa55word!-x7" } },
        }),
        (previous) => ({
          query:
            `mutation AssignRoles($id: ID!, $roleIds: [ID!]!) { assignUserRoles(id: $id, roleIds: $roleIds) ` +
            `{ user { id roles { nodes { id name } } } userErrors { code message } } }`,
          variables: { id: (previous as CreateUserData | undefined)?.createUser?.user?.id, roleIds: [fixture.assignRoleId] },
        }),
      ],
    },
  ];
}

/** The data of the createUser step, read by the step after it. */
interface CreateUserData {
  createUser?: { user?: { id?: string } | null };
}

/** What the Management API answers, for preparing a fixture over REST. */
export type Rest = (method: string, path: string, body?: unknown) => Promise<{ status: number; body: unknown }>;

/**
 * Prepares the fixture over the Management API: the first 101 users by id, and the role with the
 * most members given members until it has 50.
 */
export async function prepareFixture(rest: Rest, options: { connection: string }): Promise<Fixture> {
  const users: string[] = [];
  for (let page = 0; users.length < 101; page += 1) {
    const res = await rest("GET", `/users?per_page=100&page=${page}&sort=user_id:1&fields=user_id&include_fields=true`);
    if (res.status !== 200) throw new Error(`GET /users answered ${res.status}`);
    const listed = res.body as { user_id: string }[];
    if (listed.length === 0) throw new Error("the tenant has fewer than 101 users");
    users.push(...listed.map((u) => u.user_id));
  }
  const roles = (await rest("GET", "/roles?per_page=100")).body as { id: string }[];
  if (roles.length < 2) throw new Error("the tenant has fewer than 2 roles");
  const role = roles[0]!.id;
  const members = new Set(
    ((await rest("GET", `/roles/${encodeURIComponent(role)}/users?per_page=100`)).body as { user_id: string }[]).map((m) => m.user_id),
  );
  const wanted = users.filter((id) => !members.has(id)).slice(0, Math.max(0, 50 - members.size));
  await Promise.all(
    wanted.map(async (id) => {
      const res = await rest("POST", `/users/${encodeURIComponent(id)}/roles`, { roles: [role] });
      if (res.status !== 204 && res.status !== 200) throw new Error(`POST /users/{id}/roles answered ${res.status}`);
    }),
  );
  return {
    userIds: users,
    unknownUserId: "auth0|bench-no-such-user-000000",
    roleId: role,
    assignRoleId: roles[1]!.id,
    connection: options.connection,
  };
}
