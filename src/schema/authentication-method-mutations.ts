import { fullFormats } from "ajv-formats/dist/formats.js";
import { z } from "zod";
import type {
  AuthenticationMethod,
  CreateAuthenticationMethodBody,
  ReplaceAuthenticationMethodBody,
  UpdateAuthenticationMethodBody,
} from "../upstream/types.js";
import { AuthenticationMethodRef, CredentialDeviceType, PreferredAuthenticationMethod, suppliedByCaller } from "./authentication-method.js";
import { builder } from "./builder.js";
import { boundedList, nonBlank, userIdInput } from "./input-checks.js";
import { defineUserPayload, runUserWrite, USER_ID_NAMED, userIdArgOnly, type UserWritePayload } from "./user-write-payload.js";
import { E164 } from "./user-input.js";

/** The most methods one replaceUserAuthenticationMethods takes (the contract sets no bound). */
export const MAX_REPLACED_METHODS = 20;

// ── enums and inputs ───────────────────────────────────────────────────────────────────────────

const CreatableAuthenticationMethodType = builder.enumType("CreatableAuthenticationMethodType", {
  description: "The types of authentication method that can be created through the Management API.",
  values: {
    PHONE: { value: "phone", description: "A phone number that receives codes by text message or voice call (needs `phoneNumber`)." },
    EMAIL: { value: "email", description: "An email address that receives codes (needs `email`)." },
    TOTP: { value: "totp", description: "An authenticator app generating time-based one-time passwords (needs `totpSecret`)." },
    WEBAUTHN_ROAMING: { value: "webauthn-roaming", description: "A security key (needs `keyId` and `publicKey`)." },
    PASSKEY: { value: "passkey", description: "A passkey (needs `keyId` and `publicKey`)." },
  } as const,
});

const ReplaceableAuthenticationMethodType = builder.enumType("ReplaceableAuthenticationMethodType", {
  description: "The types of authentication method that `replaceUserAuthenticationMethods` can set.",
  values: {
    PHONE: { value: "phone", description: "A phone number that receives codes by text message or voice call (needs `phoneNumber`)." },
    EMAIL: { value: "email", description: "An email address that receives codes (needs `email`)." },
    TOTP: { value: "totp", description: "An authenticator app generating time-based one-time passwords (needs `totpSecret`)." },
  } as const,
});

const NAME_DESCRIPTION = "A human-readable label to identify the authentication method (1 to 20 characters).";
const PHONE_DESCRIPTION = "Phone methods only: the phone number codes are sent to, in E.164 form (e.g. `+14155550123`).";
const EMAIL_DESCRIPTION = "Email methods only: the email address codes are sent to.";
const TOTP_SECRET_DESCRIPTION =
  "TOTP methods only: the base32-encoded secret the authenticator app generates codes from. Write-only: it is never answered.";
const PREFERRED_DESCRIPTION = "Phone methods only: whether codes are sent by text message (the default) or voice call.";

const CreateUserAuthenticationMethodInput = builder.inputType("CreateUserAuthenticationMethodInput", {
  description: "A new authentication method: its type and the fields that type takes. Auth0 creates it confirmed.",
  fields: (t) => ({
    type: t.field({ type: CreatableAuthenticationMethodType, required: true, description: "The type of method to create." }),
    name: t.string({ required: false, description: NAME_DESCRIPTION }),
    phoneNumber: t.string({ required: false, description: PHONE_DESCRIPTION }),
    preferredAuthenticationMethod: t.field({ type: PreferredAuthenticationMethod, required: false, description: PREFERRED_DESCRIPTION }),
    email: t.string({ required: false, description: EMAIL_DESCRIPTION }),
    totpSecret: t.string({ required: false, description: TOTP_SECRET_DESCRIPTION }),
    keyId: t.string({ required: false, description: "Security keys and passkeys only: the id of the credential." }),
    publicKey: t.string({ required: false, description: "Security keys and passkeys only: the credential's public key, base64-encoded." }),
    relyingPartyIdentifier: t.string({
      required: false,
      description: "Security keys and passkeys only: the relying party identifier, a hostname (e.g. `login.example.com`).",
    }),
    aaguid: t.string({ required: false, description: "Passkeys only: the Authenticator Attestation Globally Unique Identifier, a UUID." }),
    credentialDeviceType: t.field({
      type: CredentialDeviceType,
      required: false,
      description: "Passkeys only: whether the credential is bound to one device or can be synced.",
    }),
    credentialBackedUp: t.boolean({ required: false, description: "Passkeys only: whether the credential was backed up." }),
    identityUserId: t.string({ required: false, description: "Passkeys only: the ID of the user identity linked with the passkey." }),
    userAgent: t.string({ required: false, description: "Passkeys only: the user-agent of the browser used to create the passkey." }),
    userHandle: t.string({ required: false, description: "Passkeys only: the user handle of the user identity." }),
    transports: t.stringList({
      required: false,
      description: "Passkeys only: the transports clients use to talk to the authenticator (e.g. `internal`, `hybrid`, `usb`).",
    }),
  }),
});

const UpdateUserAuthenticationMethodInput = builder.inputType("UpdateUserAuthenticationMethodInput", {
  description: "What to change on an authentication method: at least one of its label and (phones only) preferred delivery.",
  fields: (t) => ({
    name: t.string({ required: false, description: NAME_DESCRIPTION }),
    preferredAuthenticationMethod: t.field({ type: PreferredAuthenticationMethod, required: false, description: PREFERRED_DESCRIPTION }),
  }),
});

const ReplaceUserAuthenticationMethodInput = builder.inputType("ReplaceUserAuthenticationMethodInput", {
  description: "One of the authentication methods that replace all of a user's methods.",
  fields: (t) => ({
    type: t.field({ type: ReplaceableAuthenticationMethodType, required: true, description: "The type of method." }),
    name: t.string({ required: false, description: NAME_DESCRIPTION }),
    phoneNumber: t.string({ required: false, description: PHONE_DESCRIPTION }),
    preferredAuthenticationMethod: t.field({ type: PreferredAuthenticationMethod, required: false, description: PREFERRED_DESCRIPTION }),
    email: t.string({ required: false, description: EMAIL_DESCRIPTION }),
    totpSecret: t.string({ required: false, description: TOTP_SECRET_DESCRIPTION }),
  }),
});

// ── input checks (the contract's lengths and formats, and which fields each type takes) ────────
// Formats are read as the OAS reads them: its E.164 pattern, and ajv-formats' email/hostname/uuid.

const methodName = z
  .string()
  .min(1, { error: "The name must not be empty." })
  .max(20, { error: "The name must be at most 20 characters." });
const phoneNumber = z.string().regex(E164, { error: "The phone number must be in E.164 form, e.g. +14155550123." });
const email = z.string().regex(fullFormats.email as RegExp, { error: "The email address is not valid." });
const totpSecret = z.string().regex(/^[A-Za-z2-7]+=*$/, { error: "The TOTP secret must be base32-encoded (letters A–Z and digits 2–7)." });
const publicKey = z.string().regex(/^[A-Za-z0-9+/_-]+={0,2}$/, { error: "The public key must be base64-encoded." });

const PASSKEY_ONLY = [
  "aaguid",
  "credentialDeviceType",
  "credentialBackedUp",
  "identityUserId",
  "userAgent",
  "userHandle",
  "transports",
] as const;

/** Per type: the fields it needs and the others it takes besides `type` and `name`. */
const TYPE_FIELDS: Record<string, { required: readonly string[]; optional: readonly string[] }> = {
  phone: { required: ["phoneNumber"], optional: ["preferredAuthenticationMethod"] },
  email: { required: ["email"], optional: [] },
  totp: { required: ["totpSecret"], optional: [] },
  "webauthn-roaming": { required: ["keyId", "publicKey"], optional: ["relyingPartyIdentifier"] },
  passkey: { required: ["keyId", "publicKey"], optional: ["relyingPartyIdentifier", ...PASSKEY_ONLY] },
};

function typeRules(input: Record<string, unknown> & { type: string }, ctx: z.RefinementCtx): void {
  const rules = TYPE_FIELDS[input.type]!;
  for (const field of rules.required) {
    if (input[field] === undefined || input[field] === null) {
      ctx.addIssue({ code: "custom", path: [field], message: `A ${input.type} method needs ${field}.` });
    }
  }
  for (const [field, value] of Object.entries(input)) {
    if (value === undefined || value === null || field === "type" || field === "name") continue;
    if (!rules.required.includes(field) && !rules.optional.includes(field)) {
      ctx.addIssue({ code: "custom", path: [field], message: `${field} does not apply to a ${input.type} method.` });
    }
  }
}

const CreateArgs = z.object({
  id: userIdInput,
  input: z
    .object({
      type: z.enum(["phone", "email", "totp", "webauthn-roaming", "passkey"]),
      name: methodName.nullish(),
      phoneNumber: phoneNumber.nullish(),
      preferredAuthenticationMethod: z.enum(["sms", "voice"]).nullish(),
      email: email.nullish(),
      totpSecret: totpSecret.nullish(),
      keyId: nonBlank("The key id").nullish(),
      publicKey: publicKey.nullish(),
      relyingPartyIdentifier: z
        .string()
        .regex(fullFormats.hostname as RegExp, { error: "The relying party identifier must be a hostname, e.g. login.example.com." })
        .nullish(),
      aaguid: z
        .string()
        .regex(fullFormats.uuid as RegExp, { error: "The AAGUID must be a UUID." })
        .nullish(),
      credentialDeviceType: z.enum(["single_device", "multi_device"]).nullish(),
      credentialBackedUp: z.boolean().nullish(),
      identityUserId: nonBlank("The identity user id").nullish(),
      userAgent: nonBlank("The user agent").nullish(),
      userHandle: nonBlank("The user handle").nullish(),
      transports: z.array(nonBlank("A transport")).nullish(),
    })
    .superRefine(typeRules),
});

const ReplacementMethod = z
  .object({
    type: z.enum(["phone", "email", "totp"]),
    name: methodName.nullish(),
    phoneNumber: phoneNumber.nullish(),
    preferredAuthenticationMethod: z.enum(["sms", "voice"]).nullish(),
    email: email.nullish(),
    totpSecret: totpSecret.nullish(),
  })
  .superRefine(typeRules);

const ReplaceArgs = z.object({
  id: userIdInput,
  methods: boundedList(ReplacementMethod, "authentication method", MAX_REPLACED_METHODS),
});

const MethodIdArgs = z.object({ id: userIdInput, authenticationMethodId: nonBlank("The authentication method id") });

const UpdateArgs = MethodIdArgs.extend({
  input: z
    .object({ name: methodName.nullish(), preferredAuthenticationMethod: z.enum(["sms", "voice"]).nullish() })
    .refine((input) => input.name != null || input.preferredAuthenticationMethod != null, {
      error: "Give a name or a preferred authentication method to change.",
    }),
});

// ── wire bodies ─────────────────────────────────────────────────────────────────────────────────

const WIRE_NAMES: Record<string, string> = {
  type: "type",
  name: "name",
  phoneNumber: "phone_number",
  preferredAuthenticationMethod: "preferred_authentication_method",
  email: "email",
  totpSecret: "totp_secret",
  keyId: "key_id",
  publicKey: "public_key",
  relyingPartyIdentifier: "relying_party_identifier",
  aaguid: "aaguid",
  credentialDeviceType: "credential_device_type",
  credentialBackedUp: "credential_backed_up",
  identityUserId: "identity_user_id",
  userAgent: "user_agent",
  userHandle: "user_handle",
  transports: "transports",
};

/** The Management API body for checked input: snake_case names, absent fields left out. */
function wireBody<T>(input: Record<string, unknown>): T {
  return Object.fromEntries(
    Object.entries(input).flatMap(([field, value]) => (value === undefined || value === null ? [] : [[WIRE_NAMES[field]!, value]])),
  ) as T;
}

/** A write's answer as the graph's AuthenticationMethod; the TOTP secret Auth0 echoes is dropped here. */
function answeredMethod(answer: object): AuthenticationMethod {
  const { totp_secret: _secret, ...method } = answer as Record<string, unknown>;
  return method as unknown as AuthenticationMethod;
}

// ── payloads and mutations ──────────────────────────────────────────────────────────────────────

interface MethodResult extends UserWritePayload {
  authenticationMethod?: AuthenticationMethod;
}
interface MethodsResult extends UserWritePayload {
  authenticationMethods?: AuthenticationMethod[];
}
interface DeletedMethodResult extends UserWritePayload {
  deletedAuthenticationMethodId?: string;
}

const ANSWERED = "as Auth0 answered the write (no secret is ever included); null when the mutation failed.";
/** Where Auth0's refusals of a write to one method point, besides the user at `id`. */
const DeleteUserAuthenticationMethodsPayload = defineUserPayload<UserWritePayload>(
  "DeleteUserAuthenticationMethodsPayload",
  "The result of `deleteUserAuthenticationMethods`: the user, whose `authenticationMethods` are now empty.",
);

const METHOD_NAMED = { named: { authenticationMethod: ["authenticationMethodId"] } };

/** A payload with the one method the write answered (`method` says which it is) and the user. */
const methodPayload = (name: string, description: string, method: string) =>
  defineUserPayload<MethodResult>(name, description, {
    fields: (t) => ({
      authenticationMethod: t.field({
        type: AuthenticationMethodRef,
        nullable: true,
        description: `${method}, ${ANSWERED}`,
        resolve: (payload) => payload.authenticationMethod ?? null,
      }),
    }),
  });

const CreateUserAuthenticationMethodPayload = methodPayload(
  "CreateUserAuthenticationMethodPayload",
  "The result of `createUserAuthenticationMethod`: the new method and the user.",
  "The created authentication method",
);
const UpdateUserAuthenticationMethodPayload = methodPayload(
  "UpdateUserAuthenticationMethodPayload",
  "The result of `updateUserAuthenticationMethod`: the changed method and the user.",
  "The updated authentication method",
);

const DeleteUserAuthenticationMethodPayload = defineUserPayload<DeletedMethodResult>(
  "DeleteUserAuthenticationMethodPayload",
  "The result of `deleteUserAuthenticationMethod`: the id of the deleted method and the user.",
  {
    fields: (t) => ({
      deletedAuthenticationMethodId: t.id({
        nullable: true,
        description:
          "The id of the deleted authentication method (methods linked to it were deleted with it); null when the mutation failed.",
        resolve: (payload) => payload.deletedAuthenticationMethodId ?? null,
      }),
    }),
  },
);

const ReplaceUserAuthenticationMethodsPayload = defineUserPayload<MethodsResult>(
  "ReplaceUserAuthenticationMethodsPayload",
  "The result of `replaceUserAuthenticationMethods`: the user's methods now, and the user.",
  {
    fields: (t) => ({
      authenticationMethods: t.field({
        type: [AuthenticationMethodRef],
        nullable: true,
        description: `The user's authentication methods after the replacement, ${ANSWERED}`,
        resolve: (payload) => payload.authenticationMethods ?? null,
      }),
    }),
  },
);

builder.mutationFields((t) => ({
  createUserAuthenticationMethod: t.field({
    type: CreateUserAuthenticationMethodPayload,
    nullable: true,
    description:
      "Enrolls a user with a new authentication method — a phone, an email address, an authenticator app " +
      "(TOTP), a security key or a passkey (Auth0's `POST /users/{id}/authentication-methods`); Auth0 " +
      "creates it confirmed. The input is checked first (each type's required fields, E.164 phone numbers, " +
      "email and base32/base64 formats, names of 1–20 characters). An unknown user is NOT_FOUND; a method " +
      "the user already has is ALREADY_EXISTS. Needs the `create:authentication_methods` scope.",
    authScopes: { scope: "create:authentication_methods" },
    args: {
      id: t.arg.id({ required: true, description: "The user's Auth0 `user_id`." }),
      input: t.arg({ type: CreateUserAuthenticationMethodInput, required: true, description: "The method to create." }),
    },
    resolve: (_root, args, ctx, info) =>
      runUserWrite(ctx, info, { schema: CreateArgs, args: { id: String(args.id), input: args.input } }, async ({ id, input }) => ({
        authenticationMethod: suppliedByCaller(
          answeredMethod(await ctx.client.createUserAuthenticationMethod(id, wireBody<CreateAuthenticationMethodBody>(input))),
        ),
      })),
  }),
  updateUserAuthenticationMethod: t.field({
    type: UpdateUserAuthenticationMethodPayload,
    nullable: true,
    description:
      "Changes an authentication method's label or, for a phone, its preferred delivery (Auth0's `PATCH " +
      "/users/{id}/authentication-methods/{authentication_method_id}`). An unknown user or method is " +
      "NOT_FOUND; a change Auth0 refuses for the method's type is UPSTREAM_REJECTED. Needs the " +
      "`update:authentication_methods` scope.",
    authScopes: { scope: "update:authentication_methods" },
    args: {
      id: t.arg.id({ required: true, description: "The user's Auth0 `user_id`." }),
      authenticationMethodId: t.arg.id({ required: true, description: "The id of the authentication method." }),
      input: t.arg({ type: UpdateUserAuthenticationMethodInput, required: true, description: "What to change." }),
    },
    resolve: (_root, args, ctx, info) =>
      runUserWrite(
        ctx,
        info,
        {
          schema: UpdateArgs,
          args: { id: String(args.id), authenticationMethodId: String(args.authenticationMethodId), input: args.input },
        },
        async ({ id, authenticationMethodId, input }) => {
          const answer = await ctx.client.updateUserAuthenticationMethod(
            id,
            authenticationMethodId,
            wireBody<UpdateAuthenticationMethodBody>(input),
          );
          return { authenticationMethod: answeredMethod(answer) };
        },
        METHOD_NAMED,
      ),
  }),
  deleteUserAuthenticationMethod: t.field({
    type: DeleteUserAuthenticationMethodPayload,
    nullable: true,
    description:
      "Deletes one of a user's authentication methods, and the methods linked to it (Auth0's `DELETE " +
      "/users/{id}/authentication-methods/{authentication_method_id}`). An unknown user or method is " +
      "NOT_FOUND. Needs the `delete:authentication_methods` scope.",
    authScopes: { scope: "delete:authentication_methods" },
    args: {
      id: t.arg.id({ required: true, description: "The user's Auth0 `user_id`." }),
      authenticationMethodId: t.arg.id({ required: true, description: "The id of the authentication method." }),
    },
    resolve: (_root, args, ctx, info) =>
      runUserWrite(
        ctx,
        info,
        { schema: MethodIdArgs, args: { id: String(args.id), authenticationMethodId: String(args.authenticationMethodId) } },
        async ({ id, authenticationMethodId }) => {
          await ctx.client.deleteUserAuthenticationMethod(id, authenticationMethodId);
          return { deletedAuthenticationMethodId: authenticationMethodId };
        },
        METHOD_NAMED,
      ),
  }),
  replaceUserAuthenticationMethods: t.field({
    type: ReplaceUserAuthenticationMethodsPayload,
    nullable: true,
    description:
      `Replaces all of a user's authentication methods with the given phones, email addresses and ` +
      `authenticator apps (Auth0's \`PUT /users/{id}/authentication-methods\`): 1 to ` +
      `${MAX_REPLACED_METHODS} of them, checked like createUserAuthenticationMethod's. Two methods ` +
      `that are the same (e.g. two identical phone numbers) are ALREADY_EXISTS; a user with a passkey ` +
      `is CONFLICT (Auth0 refuses: delete the passkey first); an unknown user is NOT_FOUND. Needs the ` +
      `\`update:authentication_methods\` scope.`,
    authScopes: { scope: "update:authentication_methods" },
    args: {
      id: t.arg.id({ required: true, description: "The user's Auth0 `user_id`." }),
      methods: t.arg({
        type: [ReplaceUserAuthenticationMethodInput],
        required: true,
        description: "The user's new authentication methods.",
      }),
    },
    resolve: (_root, args, ctx, info) =>
      runUserWrite(
        ctx,
        info,
        { schema: ReplaceArgs, args: { id: String(args.id), methods: args.methods } },
        async ({ id, methods }) => {
          const answer = await ctx.client.replaceUserAuthenticationMethods(
            id,
            methods.map((method) => wireBody<ReplaceAuthenticationMethodBody>(method)),
          );
          return { authenticationMethods: answer.map((method) => suppliedByCaller(answeredMethod(method))) };
        },
        { passkeyConflict: true },
      ),
  }),
  deleteUserAuthenticationMethods: t.field({
    type: DeleteUserAuthenticationMethodsPayload,
    nullable: true,
    description:
      "Deletes all of a user's authentication methods (Auth0's `DELETE " +
      "/users/{id}/authentication-methods`). A user with a passkey is CONFLICT (Auth0 refuses: delete the " +
      "passkey first). Auth0 answers success for an unknown user: the user is NOT_FOUND when the payload " +
      "selects `user`. Needs the `delete:authentication_methods` scope.",
    authScopes: { scope: "delete:authentication_methods" },
    args: { userId: t.arg.id({ required: true, description: "The user's Auth0 `user_id`." }) },
    resolve: (_root, args, ctx, info) =>
      runUserWrite(ctx, info, userIdArgOnly(args.userId), ({ id }) => ctx.client.deleteUserAuthenticationMethods(id), {
        ...USER_ID_NAMED,
        passkeyConflict: true,
        unverified: true,
      }),
  }),
}));
