import { builder } from "./builder.js";
import { defineUserPayload, runUserWrite, userIdOnly, type UserWritePayload } from "./user-write-payload.js";

const MultifactorProvider = builder.enumType("MultifactorProvider", {
  description: "A legacy multi-factor provider a user can be enrolled with (Auth0's `UserMultifactorProviderEnum`).",
  values: {
    DUO: { value: "duo", description: "Duo Security." },
    GOOGLE_AUTHENTICATOR: { value: "google-authenticator", description: "Google Authenticator (the legacy provider)." },
  } as const,
});

const InvalidateUserRememberBrowserPayload = defineUserPayload<UserWritePayload>(
  "InvalidateUserRememberBrowserPayload",
  "The result of `invalidateUserRememberBrowser`.",
);
const DeleteUserMultifactorProviderPayload = defineUserPayload<UserWritePayload>(
  "DeleteUserMultifactorProviderPayload",
  "The result of `deleteUserMultifactorProvider`: the user, whose `multifactor` no longer lists the provider.",
);
const DeleteUserAuthenticatorsPayload = defineUserPayload<UserWritePayload>(
  "DeleteUserAuthenticatorsPayload",
  "The result of `deleteUserAuthenticators`: the user, without its Guardian enrollments and authenticators.",
);

interface RecoveryCodeResult extends UserWritePayload {
  recoveryCode?: string;
}

const RegenerateUserRecoveryCodePayload = defineUserPayload<RecoveryCodeResult>(
  "RegenerateUserRecoveryCodePayload",
  "The result of `regenerateUserRecoveryCode`: the new recovery code (shown this once) and the user.",
  {
    fields: (t) => ({
      recoveryCode: t.string({
        nullable: true,
        description:
          "SENSITIVE — the user's new MFA recovery code, which lets its holder skip the second factor. Auth0 " +
          "shows it only in this answer and the gateway neither stores nor logs it: hand it to the user over a " +
          "secure channel and do not keep it. The previous code no longer works. Null when the mutation failed.",
        resolve: (payload) => payload.recoveryCode ?? null,
      }),
    }),
  },
);

builder.mutationFields((t) => ({
  invalidateUserRememberBrowser: t.field({
    type: InvalidateUserRememberBrowserPayload,
    nullable: true,
    description:
      "Makes every browser the user chose to remember ask for MFA again at the next login (Auth0's `POST " +
      "/users/{id}/multifactor/actions/invalidate-remember-browser`). Auth0 answers success even for a user " +
      "that does not exist: the gateway reports NOT_FOUND only when the payload selects `user` (which it " +
      "reads anyway); otherwise it spends no call on checking. Needs the `update:users` scope.",
    authScopes: { scope: "update:users" },
    args: { id: t.arg.id({ required: true, description: "The user's Auth0 `user_id`." }) },
    resolve: (_root, args, ctx, info) =>
      runUserWrite(ctx, info, userIdOnly(args.id), ({ id }) => ctx.client.invalidateRememberBrowser(id), { unverified: true }),
  }),
  deleteUserMultifactorProvider: t.field({
    type: DeleteUserMultifactorProviderPayload,
    nullable: true,
    description:
      "Removes a user's enrollment with a legacy multi-factor provider, Duo or Google Authenticator " +
      "(Auth0's `DELETE /users/{id}/multifactor/{provider}`); the user enrolls again at the next login that " +
      "requires MFA. An unknown user, or a provider the user is not enrolled with, is NOT_FOUND. Needs the " +
      "`update:users` scope.",
    authScopes: { scope: "update:users" },
    args: {
      id: t.arg.id({ required: true, description: "The user's Auth0 `user_id`." }),
      provider: t.arg({ type: MultifactorProvider, required: true, description: "The provider to remove." }),
    },
    resolve: (_root, args, ctx, info) =>
      runUserWrite(ctx, info, userIdOnly(args.id), ({ id }) => ctx.client.deleteUserMultifactorProvider(id, args.provider), {
        named: { multifactorProvider: ["provider"] },
      }),
  }),
  regenerateUserRecoveryCode: t.field({
    type: RegenerateUserRecoveryCodePayload,
    nullable: true,
    description:
      "Replaces a user's MFA recovery code with a new one and answers it (Auth0's `POST " +
      "/users/{id}/recovery-code-regeneration`). The code is sensitive and shown only in this answer. An " +
      "unknown user, or a user without a confirmed Guardian enrollment, is NOT_FOUND. Needs the " +
      "`update:users` scope.",
    authScopes: { scope: "update:users" },
    args: { id: t.arg.id({ required: true, description: "The user's Auth0 `user_id`." }) },
    resolve: (_root, args, ctx, info) =>
      runUserWrite(ctx, info, userIdOnly(args.id), async ({ id }) => ({
        recoveryCode: (await ctx.client.regenerateRecoveryCode(id)).recovery_code,
      })),
  }),
  deleteUserAuthenticators: t.field({
    type: DeleteUserAuthenticatorsPayload,
    nullable: true,
    description:
      "Deletes all of a user's Guardian enrollments and MFA authenticators — one-time-password, email, " +
      "phone and push authenticators and the recovery code (Auth0's `DELETE /users/{id}/authenticators`). " +
      "Auth0 answers success even for a user that does not exist: the gateway reports NOT_FOUND only when " +
      "the payload selects `user` (which it reads anyway). Needs the `delete:guardian_enrollments` scope.",
    authScopes: { scope: "delete:guardian_enrollments" },
    args: { id: t.arg.id({ required: true, description: "The user's Auth0 `user_id`." }) },
    resolve: (_root, args, ctx, info) =>
      runUserWrite(ctx, info, userIdOnly(args.id), ({ id }) => ctx.client.deleteUserAuthenticators(id), { unverified: true }),
  }),
}));
