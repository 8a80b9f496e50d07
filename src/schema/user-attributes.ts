import {
  TypeInfo,
  getNamedType,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type GraphQLResolveInfo,
} from "graphql";

/**
 * The Auth0 user attribute each `User` field reads. Fields absent here (the nested lists, blocks)
 * need only the `user_id`, which every user read asks for anyway.
 */
export const USER_FIELD_ATTRIBUTES: Readonly<Record<string, string>> = {
  id: "user_id",
  email: "email",
  emailVerified: "email_verified",
  username: "username",
  phoneNumber: "phone_number",
  phoneVerified: "phone_verified",
  name: "name",
  nickname: "nickname",
  givenName: "given_name",
  familyName: "family_name",
  picture: "picture",
  createdAt: "created_at",
  updatedAt: "updated_at",
  lastLogin: "last_login",
  lastIp: "last_ip",
  lastPasswordReset: "last_password_reset",
  loginsCount: "logins_count",
  blocked: "blocked",
  multifactor: "multifactor",
  appMetadata: "app_metadata",
  userMetadata: "user_metadata",
  identities: "identities",
};

function attributesIn(info: GraphQLResolveInfo, nodes: readonly ASTNode[], into: Set<string>): void {
  const userType = info.schema.getType("User");
  for (const node of nodes) {
    const typeInfo = new TypeInfo(info.schema);
    visit(
      node,
      visitWithTypeInfo(typeInfo, {
        Field(field) {
          const parent = typeInfo.getParentType();
          if (parent && userType && getNamedType(parent) === userType) {
            const attribute = USER_FIELD_ATTRIBUTES[field.name.value];
            if (attribute) into.add(attribute);
          }
        },
      }),
    );
  }
}

/**
 * Every Auth0 attribute any `User` selection of the operation reads (its fragments included), plus
 * `user_id`: the `fields` a batched user read sends, so one batch serves every position in the
 * operation.
 */
export function operationUserAttributes(info: GraphQLResolveInfo): string[] {
  const attributes = new Set<string>(["user_id"]);
  attributesIn(info, [info.operation, ...Object.values(info.fragments)], attributes);
  return [...attributes].sort();
}

/** The Auth0 attributes the `User` selections below the field being resolved read (plus `user_id`). */
export function selectedUserAttributes(info: GraphQLResolveInfo): Set<string> {
  const attributes = new Set<string>(["user_id"]);
  const userType = info.schema.getType("User");
  const seen = new Set<string>();
  for (const node of info.fieldNodes) {
    if (!node.selectionSet) continue;
    // Walk the field's selection with its own return type as the starting point.
    const typeInfo = new TypeInfo(info.schema, getNamedType(info.returnType));
    visit(
      node.selectionSet,
      visitWithTypeInfo(typeInfo, {
        Field(field) {
          const parent = typeInfo.getParentType();
          if (parent && getNamedType(parent) === userType) {
            const attribute = USER_FIELD_ATTRIBUTES[field.name.value];
            if (attribute) attributes.add(attribute);
          }
        },
        FragmentSpread(spread) {
          const fragment = info.fragments[spread.name.value];
          if (fragment && !seen.has(spread.name.value)) {
            seen.add(spread.name.value);
            attributesIn(info, [fragment], attributes);
          }
        },
      }),
    );
  }
  return attributes;
}
