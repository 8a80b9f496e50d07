import type { AuthenticationMethod } from "../upstream/types.js";
import { builder } from "./builder.js";
import { offsetConnectionField, offsetConnectionType } from "./connection-fields.js";
import { upstreamCost } from "./field-facts.js";
import { UserRef, type UserRecord } from "./user.js";
import { wireDate, wireString } from "./wire-values.js";

type AuthenticationMethodFactor = NonNullable<AuthenticationMethod["authentication_methods"]>[number];

export const AuthenticationMethodRef = builder.objectRef<AuthenticationMethod>("AuthenticationMethod");

/**
 * Methods whose contact details the caller gave in the write that answered them (create, replace).
 * Any other method's email and phone number are read only with `read:authentication_methods`:
 * updating a method's label must not reveal where its codes go.
 */
const callerSupplied = new WeakSet<object>();

/** Marks a write's answer as carrying only contact details the caller itself sent. */
export function suppliedByCaller<T extends object>(method: T): T {
  callerSupplied.add(method);
  return method;
}

const CONTACT_READ_SCOPE = "read:authentication_methods";
const contactScopes = (method: AuthenticationMethod) => (callerSupplied.has(method) ? true : { scope: CONTACT_READ_SCOPE });
const AuthenticationMethodFactorRef = builder.objectRef<AuthenticationMethodFactor>("AuthenticationMethodFactor");

export const PreferredAuthenticationMethod = builder.enumType("PreferredAuthenticationMethod", {
  description: "Applies to phone authentication methods only: the preferred communication method.",
  values: {
    SMS: { value: "sms", description: "Codes are sent by text message." },
    VOICE: { value: "voice", description: "Codes are read out in a voice call." },
  } as const,
});

const AuthenticationFactorType = builder.enumType("AuthenticationFactorType", {
  description: "A way an authentication method delivers or produces its factor.",
  values: {
    TOTP: { value: "totp", description: "A time-based one-time password." },
    PUSH: { value: "push", description: "A push notification." },
    SMS: { value: "sms", description: "A code sent by text message." },
    VOICE: { value: "voice", description: "A code read out in a voice call." },
  } as const,
});

export const CredentialDeviceType = builder.enumType("CredentialDeviceType", {
  description: "Applies to passkeys only: the kind of device the credential is stored on, as defined by backup eligibility.",
  values: {
    SINGLE_DEVICE: { value: "single_device", description: "The credential cannot be backed up and synced to another device." },
    MULTI_DEVICE: { value: "multi_device", description: "The credential can be backed up if enabled by the end-user." },
  } as const,
});

AuthenticationMethodFactorRef.implement({
  description: "A factor of an authentication method (e.g. the SMS delivery of a phone method).",
  fields: (t) => ({
    id: t.id({ nullable: true, description: "The ID of the factor.", resolve: (f) => wireString(f.id) }),
    type: t.field({ type: AuthenticationFactorType, nullable: true, description: "The kind of factor.", resolve: (f) => f.type ?? null }),
  }),
});

AuthenticationMethodRef.implement({
  description:
    "An authentication method (MFA factor or credential) a user has enrolled: an authenticator app, a " +
    "phone, an email, a security key, a passkey, a recovery code… Secrets (such as a TOTP secret) are " +
    "never exposed.",
  fields: (t) => ({
    id: t.id({ nullable: false, description: "The ID of the authentication method (auto generated).", resolve: (m) => m.id }),
    // A string rather than an enum: Auth0 adds types over time (`password` arrived after the rest).
    type: t.string({
      nullable: false,
      description:
        "The type of the method: `recovery-code`, `totp`, `push`, `phone`, `email`, `email-verification`, " +
        "`webauthn-roaming`, `webauthn-platform`, `guardian`, `passkey` or `password`.",
      resolve: (m) => m.type,
    }),
    confirmed: t.boolean({
      nullable: true,
      description: "The authentication method status: whether its enrollment was confirmed.",
      resolve: (m) => m.confirmed ?? null,
    }),
    name: t.string({
      nullable: true,
      description: "A human-readable label to identify the authentication method.",
      resolve: (m) => wireString(m.name),
    }),
    authenticationMethods: t.field({
      type: [AuthenticationMethodFactorRef],
      nullable: false,
      description: "The factors of this method (e.g. the `sms` and `voice` delivery of a phone).",
      resolve: (m) => m.authentication_methods ?? [],
    }),
    preferredAuthenticationMethod: t.field({
      type: PreferredAuthenticationMethod,
      nullable: true,
      description: "Applies to phone authentication methods only. The preferred communication method.",
      resolve: (m) => m.preferred_authentication_method ?? null,
    }),
    linkId: t.string({
      nullable: true,
      description: "The ID of a linked authentication method. Linked authentication methods will be deleted together.",
      resolve: (m) => wireString(m.link_id),
    }),
    // Strings rather than PhoneNumber/EmailAddress: Auth0 may answer them masked.
    phoneNumber: t.string({
      nullable: true,
      description:
        "Applies to phone authentication methods only. The destination phone number used to send verification " +
        "codes via text and voice. Needs `read:authentication_methods`, except in the answer to a create or " +
        "replace that gave it.",
      authScopes: contactScopes,
      resolve: (m) => wireString(m.phone_number),
    }),
    email: t.string({
      nullable: true,
      description:
        "Applies to email and email-verification authentication methods only. The email address used to send " +
        "verification messages. Needs `read:authentication_methods`, except in the answer to a create or " +
        "replace that gave it.",
      authScopes: contactScopes,
      resolve: (m) => wireString(m.email),
    }),
    keyId: t.string({
      nullable: true,
      description: "Applies to webauthn authentication methods only. The ID of the generated credential.",
      resolve: (m) => wireString(m.key_id),
    }),
    publicKey: t.string({
      nullable: true,
      description: "Applies to webauthn authentication methods only. The public key.",
      resolve: (m) => wireString(m.public_key),
    }),
    createdAt: t.field({ type: "DateTime", nullable: false, description: "Authenticator creation date.", resolve: (m) => m.created_at }),
    enrolledAt: t.field({ type: "DateTime", nullable: true, description: "Enrollment date.", resolve: (m) => wireDate(m.enrolled_at) }),
    lastAuthAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "Last authentication with this method.",
      resolve: (m) => wireDate(m.last_auth_at),
    }),
    credentialDeviceType: t.field({
      type: CredentialDeviceType,
      nullable: true,
      description:
        "Applies to passkeys only. The kind of device the credential is stored on as defined by backup " +
        'eligibility. "single_device" credentials cannot be backed up and synced to another device, ' +
        '"multi_device" credentials can be backed up if enabled by the end-user.',
      resolve: (m) =>
        m.credential_device_type === "single_device" || m.credential_device_type === "multi_device" ? m.credential_device_type : null,
    }),
    credentialBackedUp: t.boolean({
      nullable: true,
      description: "Applies to passkeys only. Whether the credential was backed up.",
      resolve: (m) => m.credential_backed_up ?? null,
    }),
    identityUserId: t.string({
      nullable: true,
      description: "Applies to passkeys only. The ID of the user identity linked with the authentication method.",
      resolve: (m) => wireString(m.identity_user_id),
    }),
    userAgent: t.string({
      nullable: true,
      description: "Applies to passkeys only. The user-agent of the browser used to create the passkey.",
      resolve: (m) => wireString(m.user_agent),
    }),
    userHandle: t.string({
      nullable: true,
      description: "Applies to passkeys only. The user handle of the user identity.",
      resolve: (m) => wireString(m.user_handle),
    }),
    transports: t.stringList({
      nullable: true,
      description: "Applies to passkeys only. The transports used by clients to communicate with the authenticator.",
      resolve: (m) => m.transports ?? null,
    }),
    aaguid: t.string({
      nullable: true,
      description: "Applies to passkey authentication methods only. Authenticator Attestation Globally Unique Identifier.",
      resolve: (m) => wireString(m.aaguid),
    }),
    relyingPartyIdentifier: t.string({
      nullable: true,
      description: "Applies to webauthn/passkey authentication methods only. The credential's relying party identifier.",
      resolve: (m) => wireString(m.relying_party_identifier),
    }),
  }),
});

export const AuthenticationMethodConnection = offsetConnectionType(AuthenticationMethodRef, {
  name: "AuthenticationMethod",
  description: "A page of a user's authentication methods.",
  total: "How many authentication methods the user has in all (asked of Auth0 only when selected).",
  edge: "An authentication method in a page of them, with its cursor.",
});

builder.objectFields(UserRef, (t) => ({
  authenticationMethods: offsetConnectionField(t, {
    type: AuthenticationMethodConnection,
    items: "authentication methods",
    nullable: true,
    description:
      "The authentication methods the user has enrolled (GET /users/{id}/authentication-methods), in " +
      "Auth0's order. Null, with an error on this field only, when the caller lacks " +
      "read:authentication_methods or Auth0 fails.",
    authScopes: { scope: "read:authentication_methods" },
    fetch: (user: UserRecord, request, ctx) => ctx.loaders.userAuthenticationMethods.load({ id: user.user_id, ...request }),
  }),
  authenticationMethod: t.field({
    type: AuthenticationMethodRef,
    nullable: true,
    description:
      "One of the user's authentication methods by its id (GET " +
      "/users/{id}/authentication-methods/{authentication_method_id}); null when the user has no such " +
      "method. Needs the `read:authentication_methods` scope.",
    authScopes: { scope: "read:authentication_methods" },
    extensions: upstreamCost({ kind: "call" }),
    args: { id: t.arg.id({ required: true, description: "The authentication method's id, e.g. `phone|dev_…`." }) },
    resolve: async (user, args, ctx) =>
      (await ctx.loaders.userAuthenticationMethod.load({ id: user.user_id, methodId: String(args.id) })) as AuthenticationMethod | null,
  }),
}));
