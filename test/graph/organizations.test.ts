import { isObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "../../src/schema/index.js";
import { graphql } from "../gql/index.js";
import { startTestGateway, type TestGateway } from "../support/gateway.js";

let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway({ emulator: { users: 50, seed: 3 } });
});
afterAll(() => t?.close());

const path = (id: string) => encodeURIComponent(id);

type RestOrganization = {
  id: string;
  name: string;
  display_name?: string;
  branding?: { logo_url?: string; colors?: { primary: string; page_background: string } };
  metadata?: Record<string, string | null>;
};

graphql(
  `fragment OrgsOrganizationFields on Organization { id name displayName branding { logoUrl colors { primary pageBackground } } metadata }`,
);
const asOrganization = (o: RestOrganization) => ({
  id: o.id,
  name: o.name,
  displayName: o.display_name ?? null,
  branding: o.branding
    ? {
        logoUrl: o.branding.logo_url ?? null,
        colors: o.branding.colors ? { primary: o.branding.colors.primary, pageBackground: o.branding.colors.page_background } : null,
      }
    : null,
  metadata: o.metadata ?? null,
});

async function restUserOrganizations(id: string) {
  const res = await t.rest<{ total: number; organizations: RestOrganization[] }>(
    "GET",
    `/users/${path(id)}/organizations?include_totals=true&per_page=100`,
  );
  expect(res.status).toBe(200);
  return res.body;
}

/** A seeded user who is a member of at least `n` organizations. */
function memberOf(n: number): string {
  const counts = new Map<string, number>();
  for (const members of t.emulator.state.organizationMembers.values()) for (const id of members) counts.set(id, (counts.get(id) ?? 0) + 1);
  const found = [...counts].find(([, count]) => count >= n);
  if (!found) throw new Error(`the seed has no user in ${n} organizations`);
  return found[0];
}

describe("Query.organization", () => {
  it("answers every organization as REST does, branding and metadata included", async () => {
    const ids = [...t.emulator.state.organizations.keys()];
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const rest = await t.rest<RestOrganization>("GET", `/organizations/${path(id)}`);
      expect(rest.status).toBe(200);
      t.resetCalls();
      const res = await t.query(graphql(`query OrgsOrganizationRead($id: ID!) { organization(id: $id) { ...OrgsOrganizationFields } }`), {
        id,
      });
      expect(res.body).toEqual({ data: { organization: asOrganization(rest.body) } });
      expect(t.upstreamCalls()).toEqual({ "GET /api/v2/organizations/{id}": 1 });
    }
  });

  it("is null, without an error, for an unknown id", async () => {
    const unknown = "org_doesNotExist000";
    expect((await t.rest("GET", `/organizations/${unknown}`)).status).toBe(404);
    const res = await t.query(graphql(`query OrgsOrganization($id: ID!) { organization(id: $id) { id name } }`), { id: unknown });
    expect(res.body).toEqual({ data: { organization: null } });
  });
});

describe("User.organizations", () => {
  it("lists a user's organizations as REST does, with the total, in one call", async () => {
    const id = memberOf(1);
    const rest = await restUserOrganizations(id);
    t.resetCalls();
    const res = await t.query(
      graphql(
        `query OrgsUserOrganizationList($id: ID!) { user(id: $id) { organizations { totalCount nodes { ...OrgsOrganizationFields } } } }`,
      ),
      { id },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.user!.organizations).toEqual({ totalCount: rest.total, nodes: rest.organizations.map(asOrganization) });
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/users/{id}": 1, "GET /api/v2/users/{id}/organizations": 1 });
  });

  it("pages one organization at a time, each exactly once, one call per page", async () => {
    const id = memberOf(2);
    const rest = await restUserOrganizations(id);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      t.resetCalls();
      const res = await t.query(
        graphql(`
          query OrgsUserOrganizations($id: ID!, $after: String) {
            user(id: $id) {
              organizations(first: 1, after: $after) {
                nodes {
                  id
                }
                pageInfo {
                  hasNextPage
                  hasPreviousPage
                  endCursor
                }
              }
            }
          }
        `),
        { id, after },
      );
      expect(res.body.errors).toBeUndefined();
      expect(t.upstreamCalls()).toEqual({ "GET /api/v2/users/{id}": 1, "GET /api/v2/users/{id}/organizations": 1 });
      const page = res.body.data!.user!.organizations;
      expect(page!.pageInfo.hasPreviousPage).toBe(pages > 0);
      seen.push(...page!.nodes.map((node) => node.id));
      pages += 1;
      if (!page!.pageInfo.hasNextPage) break;
      after = page!.pageInfo.endCursor as string | null;
    }
    expect(seen).toEqual(rest.organizations.map((o) => o.id));
  });

  it("answers only totalCount with one call; without totalCount none is given", async () => {
    const id = memberOf(1);
    const rest = await restUserOrganizations(id);
    t.resetCalls();
    const total = await t.query(graphql(`query OrgsUserOrganizations2($id: ID!) { user(id: $id) { organizations { totalCount } } }`), {
      id,
    });
    expect(total.body).toEqual({ data: { user: { organizations: { totalCount: rest.total } } } });
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/users/{id}": 1, "GET /api/v2/users/{id}/organizations": 1 });

    t.resetCalls();
    const list = await t.query(graphql(`query OrgsUserOrganizations3($id: ID!) { user(id: $id) { organizations { nodes { id } } } }`), {
      id,
    });
    expect(list.body).toEqual({ data: { user: { organizations: { nodes: rest.organizations.map((o) => ({ id: o.id })) } } } });
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/users/{id}": 1, "GET /api/v2/users/{id}/organizations": 1 });
  });
});

describe("scopes", () => {
  it("without read:organizations, User.organizations alone is FORBIDDEN and the user still resolves", async () => {
    const id = memberOf(1);
    const rest = (await t.rest<{ email?: string }>("GET", `/users/${path(id)}`)).body;
    t.resetCalls();
    const res = await t.query(
      graphql(`query OrgsUserOrganizations4($id: ID!) { user(id: $id) { id email organizations { nodes { id } } } }`),
      { id },
      { scope: "read:users" },
    );
    expect(res.body.data).toEqual({ user: { id, email: rest.email ?? null, organizations: null } });
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]).toMatchObject({
      path: ["user", "organizations"],
      extensions: { code: "FORBIDDEN", requiredScopes: ["read:organizations"] },
    });
    expect(t.upstreamCalls()).toEqual({ "GET /api/v2/users/{id}": 1 });
  });

  it("without read:organizations, Query.organization is FORBIDDEN while a sibling field resolves", async () => {
    const id = memberOf(1);
    const organization = [...t.emulator.state.organizations.keys()][0]!;
    const res = await t.query(
      graphql(`query OrgsUser($id: ID!, $org: ID!) { user(id: $id) { id } organization(id: $org) { id } }`),
      { id, org: organization },
      { scope: "read:users" },
    );
    expect(res.body.data).toEqual({ user: { id }, organization: null });
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]).toMatchObject({
      path: ["organization"],
      extensions: { code: "FORBIDDEN", requiredScopes: ["read:organizations"] },
    });
  });
});

describe("schema", () => {
  it("describes every type and field of organizations", () => {
    for (const name of [
      "Organization",
      "OrganizationBranding",
      "OrganizationBrandingColors",
      "OrganizationConnection",
      "OrganizationEdge",
    ]) {
      const type = schema.getType(name);
      expect(type?.description, name).toBeTruthy();
      if (!isObjectType(type)) throw new Error(`${name} is not an object type`);
      for (const field of Object.values(type.getFields())) expect(field.description, `${name}.${field.name}`).toBeTruthy();
    }
    const user = schema.getType("User");
    if (!isObjectType(user)) throw new Error("User is not an object type");
    expect(user.getFields().organizations?.description).toBeTruthy();
  });
});
