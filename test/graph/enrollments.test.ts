import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Enrollment } from "../../src/upstream/types.js";
import { graphql } from "../gql/index.js";
import { startTestGateway, type TestGateway } from "../support/gateway.js";

let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway({ emulator: { users: 50, seed: 3 } });
});
afterEach(() => t.emulator.faults.clear());
afterAll(() => t?.close());

graphql(`fragment EnrollEnrollmentFields on Enrollment { id status type name identifier phoneNumber authMethod enrolledAt lastAuth }`);

/** What the graph should answer for an enrollment Auth0 returned. */
function expectedEnrollment(e: Enrollment) {
  return {
    id: e.id ?? null,
    status: e.status === undefined ? null : e.status.toUpperCase(),
    type: e.type ?? null,
    name: e.name ?? null,
    identifier: e.identifier ?? null,
    phoneNumber: e.phone_number ?? null,
    authMethod: e.auth_method === undefined ? null : e.auth_method.toUpperCase().replace(/-/g, "_"),
    enrolledAt: e.enrolled_at ?? null,
    lastAuth: e.last_auth ?? null,
  };
}

function usersWithEnrollments(): string[] {
  const ids = [...t.emulator.state.enrollments]
    .filter(([, e]) => e.length > 0)
    .sort((a, b) => b[1].length - a[1].length)
    .map(([id]) => id);
  expect(ids.length, "the seed should give some user a Guardian enrollment").toBeGreaterThan(0);
  return ids;
}

async function restEnrollments(userId: string): Promise<Enrollment[]> {
  const res = await t.rest<Enrollment[]>("GET", `/users/${encodeURIComponent(userId)}/enrollments`);
  expect(res.status).toBe(200);
  return res.body;
}

describe("User.enrollments", () => {
  it("answers what GET /users/{id}/enrollments answers, every field", async () => {
    for (const userId of usersWithEnrollments().slice(0, 3)) {
      const rest = await restEnrollments(userId);
      expect(rest.length).toBeGreaterThan(0);
      const res = await t.query(
        graphql(`query EnrollUserEnrollmentList($id: ID!) { user(id: $id) { enrollments { ...EnrollEnrollmentFields } } }`),
        { id: userId },
      );
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.user!.enrollments).toEqual(rest.map(expectedEnrollment));
    }
  });

  it("is an empty list for a user without enrollments", async () => {
    const userId = [...t.emulator.state.users.keys()].find((id) => !t.emulator.state.enrollments.get(id)?.length)!;
    expect(await restEnrollments(userId)).toEqual([]);
    const res = await t.query(graphql(`query EnrollUserEnrollments($id: ID!) { user(id: $id) { enrollments { id } } }`), { id: userId });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.user!.enrollments).toEqual([]);
  });

  it("serves a read:current_user caller their own enrollments through me", async () => {
    const userId = usersWithEnrollments()[0]!;
    const rest = await restEnrollments(userId);
    const res = await t.query(
      graphql(`query EnrollMeEnrollmentList { me { id enrollments { ...EnrollEnrollmentFields } } }`),
      {},
      { scope: "read:current_user", sub: userId },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.me).toEqual({ id: userId, enrollments: rest.map(expectedEnrollment) });
  });

  it("reports an Auth0 outage on that field only, keeping the user", async () => {
    const userId = usersWithEnrollments()[0]!;
    t.emulator.faults.add({ method: "GET", route: "/api/v2/users/{id}/enrollments", count: 5, action: { status: 500 } });
    const res = await t.query(graphql(`query EnrollUserEnrollments2($id: ID!) { user(id: $id) { id enrollments { id } } }`), {
      id: userId,
    });
    expect(res.body.data!.user).toEqual({ id: userId, enrollments: null });
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]).toMatchObject({ path: ["user", "enrollments"], extensions: { code: "UPSTREAM_UNAVAILABLE" } });
  });
});
