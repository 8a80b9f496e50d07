import { z } from "zod";
import type { LinkUserIdentityBody, UserIdentityProvider } from "../upstream/types.js";
import { userIdInput } from "./input-checks.js";

// What the contract (§1b, OAS `LinkUserIdentityRequestContent`) says an account-linking request
// may contain, checked with zod (checkInput) before anything is sent.

/** The contract's identity providers (OAS `UserIdentityProviderEnum`). */
export const IDENTITY_PROVIDERS: ReadonlySet<UserIdentityProvider> = new Set<UserIdentityProvider>([
  "ad",
  "adfs",
  "amazon",
  "apple",
  "dropbox",
  "bitbucket",
  "auth0-oidc",
  "auth0",
  "baidu",
  "bitly",
  "box",
  "custom",
  "daccount",
  "dwolla",
  "email",
  "evernote-sandbox",
  "evernote",
  "exact",
  "facebook",
  "fitbit",
  "github",
  "google-apps",
  "google-oauth2",
  "instagram",
  "ip",
  "line",
  "linkedin",
  "oauth1",
  "oauth2",
  "office365",
  "oidc",
  "okta",
  "paypal",
  "paypal-sandbox",
  "pingfederate",
  "planningcenter",
  "salesforce-community",
  "salesforce-sandbox",
  "salesforce",
  "samlp",
  "sharepoint",
  "shopify",
  "shop",
  "sms",
  "soundcloud",
  "thirtysevensignals",
  "twitter",
  "untappd",
  "vkontakte",
  "waad",
  "weibo",
  "windowslive",
  "wordpress",
  "yahoo",
  "yandex",
]);

/** The contract's pattern for `connection_id`. */
export const CONNECTION_ID = /^con_[A-Za-z0-9]{16}$/;
/** A compact JWS: three base64url parts. */
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/** The `provider|user_id` of an identity: the user_id its standalone user has. */
export const identityUserId = (provider: string, userId: string) => `${provider}|${userId}`;

const provider = z
  .string()
  .refine((value) => IDENTITY_PROVIDERS.has(value as UserIdentityProvider), {
    error: "provider is not an identity provider Auth0 knows (e.g. auth0, google-oauth2, github).",
  })
  .transform((value) => value as UserIdentityProvider);
const identityId = z.string().min(1, { error: "userId must not be empty." });

const given = (value: unknown) => value !== undefined && value !== null;

/**
 * linkUserIdentity's arguments, for the primary `id`: the input becomes the POST
 * /users/{id}/identities body, either `{provider, user_id, connection_id?}` or `{link_with}`.
 */
export const LinkIdentityArgs = z
  .object({
    id: userIdInput,
    input: z.object({
      provider: provider.nullish(),
      userId: identityId.nullish(),
      connectionId: z
        .string()
        .regex(CONNECTION_ID, { error: "connectionId must be a connection id: con_ and 16 letters or digits." })
        .nullish(),
      linkWith: z.string().regex(JWT_SHAPE, { error: "linkWith must be the secondary account's ID token (a JWT)." }).nullish(),
    }),
  })
  .superRefine(
    ({ id, input }, ctx) => {
      const problem = (path: string[], message: string) => ctx.addIssue({ code: "custom", message, path: ["input", ...path] });
      const byAccount = given(input.provider) || given(input.userId) || given(input.connectionId);
      if (given(input.linkWith)) {
        if (byAccount) problem(["linkWith"], "Give either linkWith or provider and userId (with an optional connectionId), not both.");
        return;
      }
      if (!byAccount) return problem([], "Give either linkWith or provider and userId (with an optional connectionId).");
      if (!given(input.provider)) problem(["provider"], "provider is required with userId.");
      if (!given(input.userId)) problem(["userId"], "userId is required with provider.");
      if (input.provider && input.userId && identityUserId(input.provider, input.userId) === id)
        problem(["userId"], "A user cannot be linked to itself.");
    },
    // The either/or rules hold whatever else is wrong, so every problem comes back at once.
    { when: () => true },
  )
  .transform(({ id, input }) => {
    const body: LinkUserIdentityBody = input.linkWith
      ? { link_with: input.linkWith }
      : {
          provider: input.provider as UserIdentityProvider,
          user_id: input.userId as string,
          ...(input.connectionId ? { connection_id: input.connectionId } : {}),
        };
    return { id, body };
  });

/** unlinkUserIdentity's arguments: a known provider, an identity id, and not the user's main identity. */
export const UnlinkIdentityArgs = z
  .object({ id: userIdInput, provider, userId: identityId })
  .superRefine(({ id, provider, userId }, ctx) => {
    if (identityUserId(provider, userId) === id)
      ctx.addIssue({ code: "custom", message: "The main identity of a user cannot be unlinked.", path: ["userId"] });
  });
