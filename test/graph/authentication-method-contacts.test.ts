import { describe, expect, it } from "vitest";
import type { CreatedAuthenticationMethod } from "../../src/upstream/types.js";
import { graphql } from "../gql/index.js";
import { mutationTestGateway, payloadOf, userIds } from "../support/mutations.js";

// Issue 16, item 10: a caller who may only update (rename) an authentication method must not learn
// the phone number or email address its codes go to; one who gave them in a create sees them back.

const t = mutationTestGateway({ users: 40, seed: 3 });

const UPDATE = graphql(`mutation AmContactsUpdateUserAuthenticationMethodAuthenticationMethod($id: ID!, $methodId: ID!) {
  updateUserAuthenticationMethod(id: $id, authenticationMethodId: $methodId, input: { name: "Renamed" }) {
    authenticationMethod { id name phoneNumber email }
    userErrors { code }
  }
}`);
const CREATE = graphql(`mutation AmContactsCreateUserAuthenticationMethodAuthenticationMethod($id: ID!) {
  createUserAuthenticationMethod(id: $id, input: { type: PHONE, phoneNumber: "+14155550177" }) {
    authenticationMethod { id phoneNumber email }
    userErrors { code }
  }
}`);

/** A user with a phone method and one with an email method, made over REST for these tests. */
async function methodsOnRecord(): Promise<{ userId: string; method: { id: string; contact: string } }[]> {
  const [phoneUser, emailUser] = userIds(t, (id) => !t.emulator.state.authenticationMethods.has(id)).slice(-2);
  const phone = await t.rest<CreatedAuthenticationMethod>("POST", `/users/${encodeURIComponent(phoneUser!)}/authentication-methods`, {
    type: "phone",
    phone_number: "+14155550142",
    name: "Phone",
  });
  const email = await t.rest<CreatedAuthenticationMethod>("POST", `/users/${encodeURIComponent(emailUser!)}/authentication-methods`, {
    type: "email",
    email: "codes-go-here@example.com",
    name: "Mail",
  });
  expect([phone.status, email.status]).toEqual([201, 201]);
  return [
    { userId: phoneUser!, method: { id: phone.body.id!, contact: "+14155550142" } },
    { userId: emailUser!, method: { id: email.body.id!, contact: "codes-go-here@example.com" } },
  ];
}

let recorded: ReturnType<typeof methodsOnRecord> | undefined;
const seededMethods = () => (recorded ??= methodsOnRecord());

describe("an authentication method's contact details", () => {
  it("are FORBIDDEN in updateUserAuthenticationMethod's answer without read:authentication_methods", async () => {
    for (const { userId, method } of await seededMethods()) {
      const res = await t.query(UPDATE, { id: userId, methodId: method.id }, { scope: "update:authentication_methods" });
      expect(res.body.data!.updateUserAuthenticationMethod).toEqual({
        authenticationMethod: { id: method.id, name: "Renamed", phoneNumber: null, email: null },
        userErrors: [],
      });
      expect(res.body.errors!.map((e) => [e.path!.at(-1), e.extensions!.code, e.extensions!.requiredScopes])).toEqual([
        ["phoneNumber", "FORBIDDEN", ["read:authentication_methods"]],
        ["email", "FORBIDDEN", ["read:authentication_methods"]],
      ]);
      expect(JSON.stringify(res.body)).not.toContain(method.contact);
    }
  });

  it("are answered with read:authentication_methods", async () => {
    const [phone, email] = await seededMethods();
    const scope = "update:authentication_methods read:authentication_methods";
    const res = await t.query(UPDATE, { id: phone!.userId, methodId: phone!.method.id }, { scope });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.updateUserAuthenticationMethod!.authenticationMethod!.phoneNumber).toBe(phone!.method.contact);
    const mail = await t.query(UPDATE, { id: email!.userId, methodId: email!.method.id }, { scope });
    expect(mail.body.data!.updateUserAuthenticationMethod!.authenticationMethod!.email).toBe(email!.method.contact);
  });

  it("are answered to the create that gave them, without the read scope", async () => {
    const userId = userIds(t, (id) => !t.emulator.state.authenticationMethods.has(id))[0]!;
    await seededMethods();
    const payload = payloadOf(
      await t.query(CREATE, { id: userId }, { scope: "create:authentication_methods" }),
      "createUserAuthenticationMethod",
    );
    expect(payload!.authenticationMethod).toMatchObject({ phoneNumber: "+14155550177", email: null });
  });
});
