import { randomInt } from "node:crypto";
import { ApiError } from "../errors.js";
import { requireSelfWhenCurrentUserScope, requireUser, type Route, type RouteContext } from "../route.js";
import type { StoredUser } from "../state.js";

const MULTIFACTOR_PROVIDERS = ["duo", "google-authenticator"];
/** Authentication methods that DELETE /users/{id}/authenticators removes (Guardian factors). */
const AUTHENTICATOR_TYPES = new Set(["totp", "push", "phone", "email", "recovery-code", "guardian"]);
const RECOVERY_CODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

function newRecoveryCode(): string {
  let code = "";
  for (let i = 0; i < 24; i += 1) code += RECOVERY_CODE_ALPHABET[randomInt(RECOVERY_CODE_ALPHABET.length)];
  return code;
}

/** Records a change of the user's MFA providers: `multifactor` loses `provider`, dates move on. */
function dropProvider(ctx: RouteContext, user: StoredUser, provider: string): void {
  const now = ctx.now().toISOString();
  const remaining = (user.multifactor ?? []).filter((p) => p !== provider);
  if (remaining.length > 0) user.multifactor = remaining;
  else delete user.multifactor;
  user.multifactor_last_modified = now;
  user.updated_at = now;
}

const getEnrollments: Route = {
  method: "GET",
  path: "/api/v2/users/{id}/enrollments",
  scopes: ["read:users", "read:current_user"],
  query: [],
  handle(ctx) {
    const id = ctx.params.id ?? "";
    requireSelfWhenCurrentUserScope(ctx, id);
    requireUser(ctx, id);
    // Auth0 answers with the first confirmed enrollment only.
    const first = ctx.state.enrollments.get(id)?.find((e) => e.status === "confirmed");
    return { status: 200, body: first ? [first] : [] };
  },
};

const deleteAuthenticators: Route = {
  method: "DELETE",
  path: "/api/v2/users/{id}/authenticators",
  scopes: ["delete:guardian_enrollments"],
  query: [],
  handle(ctx) {
    const id = ctx.params.id ?? "";
    const user = ctx.state.users.get(id);
    // The contract documents no 404 here: deleting the authenticators of nobody removes nothing.
    if (!user) return { status: 204 };
    const methods = ctx.state.authenticationMethods.get(id) ?? [];
    const kept = methods.filter((m) => !AUTHENTICATOR_TYPES.has(m.type));
    const hadEnrollments = (ctx.state.enrollments.get(id)?.length ?? 0) > 0;
    if (kept.length === methods.length && !hadEnrollments && !ctx.state.recoveryCodes.has(id)) return { status: 204 };
    if (kept.length > 0) ctx.state.authenticationMethods.set(id, kept);
    else ctx.state.authenticationMethods.delete(id);
    ctx.state.enrollments.delete(id);
    ctx.state.recoveryCodes.delete(id);
    if (user.multifactor?.includes("guardian")) dropProvider(ctx, user, "guardian");
    ctx.changed();
    return { status: 204 };
  },
};

const deleteMultifactorProvider: Route = {
  method: "DELETE",
  path: "/api/v2/users/{id}/multifactor/{provider}",
  scopes: ["update:users"],
  query: [],
  handle(ctx) {
    const provider = ctx.params.provider ?? "";
    if (!MULTIFACTOR_PROVIDERS.includes(provider)) {
      throw new ApiError(
        400,
        `Path validation error: 'Value must be one of: ${MULTIFACTOR_PROVIDERS.join(", ")}' on property provider.`,
        "invalid_uri",
      );
    }
    const user = requireUser(ctx);
    if (!user.multifactor?.includes(provider)) {
      throw new ApiError(404, `The user has no ${provider} multi-factor provider.`, "inexistent_multifactor_provider");
    }
    dropProvider(ctx, user, provider);
    ctx.changed();
    return { status: 204 };
  },
};

const invalidateRememberBrowser: Route = {
  method: "POST",
  path: "/api/v2/users/{id}/multifactor/actions/invalidate-remember-browser",
  scopes: ["update:users"],
  query: [],
  // Remembered browsers live in browsers' cookies, which the emulator has none of: accepting is all.
  handle: () => ({ status: 204 }),
};

const regenerateRecoveryCode: Route = {
  method: "POST",
  path: "/api/v2/users/{id}/recovery-code-regeneration",
  scopes: ["update:users"],
  query: [],
  handle(ctx) {
    const user = requireUser(ctx);
    const enrolled = ctx.state.enrollments.get(user.user_id)?.some((e) => e.status === "confirmed") ?? false;
    if (!enrolled) throw new ApiError(404, "Enrollment not found", "enrollment_not_found");
    const code = newRecoveryCode();
    ctx.state.recoveryCodes.set(user.user_id, code);
    ctx.changed();
    return { status: 200, body: { recovery_code: code } };
  },
};

export const mfaRoutes: Route[] = [
  getEnrollments,
  deleteAuthenticators,
  deleteMultifactorProvider,
  invalidateRememberBrowser,
  regenerateRecoveryCode,
];
