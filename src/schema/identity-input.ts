import type { LinkUserIdentityBody, UserIdentityProvider } from "../upstream/types.js";
import { invalidInput as problem, type UserErrorShape } from "./user-error.js";
import type { Checked } from "./user-input.js";

// What the contract (§1b, OAS `LinkUserIdentityRequestContent`) says an account-linking request
// may contain, checked before anything is sent.

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

export interface LinkUserIdentityInputShape {
  provider?: string | null;
  userId?: string | null;
  connectionId?: string | null;
  linkWith?: string | null;
}

const given = (value: unknown): value is string => value !== undefined && value !== null;

function providerProblems(provider: string, at: string[]): UserErrorShape[] {
  return IDENTITY_PROVIDERS.has(provider as UserIdentityProvider)
    ? []
    : [problem(at, `provider is not an identity provider Auth0 knows (e.g. auth0, google-oauth2, github).`)];
}

/** The `provider|user_id` of an identity: the user_id its standalone user has. */
export const identityUserId = (provider: string, userId: string) => `${provider}|${userId}`;

/**
 * Checks a LinkUserIdentityInput for the primary `primaryId` and turns it into the POST
 * /users/{id}/identities body: either `{provider, userId, connectionId?}` or `{linkWith}`.
 */
export function linkIdentityBody(
  primaryId: string,
  input: LinkUserIdentityInputShape,
  at: string[] = ["input"],
): Checked<LinkUserIdentityBody> {
  const problems: UserErrorShape[] = [];
  const byAccount = given(input.provider) || given(input.userId) || given(input.connectionId);
  if (given(input.linkWith)) {
    if (byAccount) {
      problems.push(problem([...at, "linkWith"], "Give either linkWith or provider and userId (with an optional connectionId), not both."));
    } else if (!JWT_SHAPE.test(input.linkWith)) {
      problems.push(problem([...at, "linkWith"], "linkWith must be the secondary account's ID token (a JWT)."));
    }
    return problems.length > 0 ? { ok: false, problems } : { ok: true, body: { link_with: input.linkWith } };
  }
  if (!byAccount)
    return { ok: false, problems: [problem(at, "Give either linkWith or provider and userId (with an optional connectionId).")] };

  if (!given(input.provider)) problems.push(problem([...at, "provider"], "provider is required with userId."));
  else problems.push(...providerProblems(input.provider, [...at, "provider"]));
  if (!given(input.userId)) problems.push(problem([...at, "userId"], "userId is required with provider."));
  else if (input.userId === "") problems.push(problem([...at, "userId"], "userId must not be empty."));
  if (given(input.connectionId) && !CONNECTION_ID.test(input.connectionId)) {
    problems.push(problem([...at, "connectionId"], "connectionId must be a connection id: con_ and 16 letters or digits."));
  }
  if (given(input.provider) && given(input.userId) && identityUserId(input.provider, input.userId) === primaryId) {
    problems.push(problem([...at, "userId"], "A user cannot be linked to itself."));
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    body: {
      provider: input.provider as UserIdentityProvider,
      user_id: input.userId as string,
      ...(given(input.connectionId) ? { connection_id: input.connectionId } : {}),
    },
  };
}

/** Checks the arguments of unlinkUserIdentity: a known provider, an id, not the main identity. */
export function unlinkIdentityProblems(primaryId: string, provider: string, userId: string): UserErrorShape[] {
  const problems = providerProblems(provider, ["provider"]);
  if (userId === "") problems.push(problem(["userId"], "userId must not be empty."));
  else if (identityUserId(provider, userId) === primaryId)
    problems.push(problem(["userId"], "The main identity of a user cannot be unlinked."));
  return problems;
}
