import type { UserIdentityOfUser } from "../upstream/types.js";
import { builder } from "./builder.js";

export const IdentityRef = builder.objectRef<UserIdentityOfUser>("Identity");

IdentityRef.implement({
  description:
    "One identity a user signs in with — a database account, a social or enterprise login. Linked " +
    "accounts appear as secondary identities of their primary user.",
  fields: (t) => ({
    connection: t.string({
      nullable: true,
      description: "The name of the connection this identity comes from.",
      resolve: (i) => i.connection ?? null,
    }),
    provider: t.string({
      nullable: true,
      description: "The identity provider, e.g. `auth0`, `google-oauth2`, `github`.",
      resolve: (i) => i.provider ?? null,
    }),
    userId: t.string({
      nullable: true,
      description: "The user's id at the provider (without the `provider|` prefix).",
      resolve: (i) => (i.user_id === undefined ? null : String(i.user_id)),
    }),
    isSocial: t.boolean({ nullable: true, description: "Whether the provider is a social one.", resolve: (i) => i.isSocial ?? null }),
    profileData: t.field({
      type: "JSONObject",
      nullable: true,
      description: "The profile the provider holds for a linked secondary identity (email, name…); absent for the primary.",
      resolve: (i) => (i.profileData as Record<string, unknown> | undefined) ?? null,
    }),
  }),
});
