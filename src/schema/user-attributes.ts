import {
  TypeInfo,
  getNamedType,
  isObjectType,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { factsOf } from "./field-facts.js";

/** The attributes a `GET /roles/{id}/users` row carries; reading any other needs a full user read. */
export const ROLE_MEMBER_ATTRIBUTES: ReadonlySet<string> = new Set(["user_id", "email", "name", "picture"]);

type Fragments = Readonly<Record<string, FragmentDefinitionNode>>;

/**
 * Adds the attributes the `User` fields inside `node` read; `startType` is the type `node`'s
 * selections apply to (none for whole definitions). Spreads are followed once each.
 */
function attributesIn(
  schema: GraphQLSchema,
  fragments: Fragments,
  node: ASTNode,
  startType: GraphQLOutputType | undefined,
  into: Set<string>,
  seen: Set<string>,
): void {
  const userType = schema.getType("User");
  const userFields = userType && isObjectType(userType) ? userType.getFields() : {};
  const typeInfo = new TypeInfo(schema, startType && getNamedType(startType));
  visit(
    node,
    visitWithTypeInfo(typeInfo, {
      Field(field) {
        const parent = typeInfo.getParentType();
        if (parent && userType && getNamedType(parent) === userType) {
          // A `User` field's attribute is a fact on the field (`extensions: userAttribute(…)`); the
          // nested lists and blocks have none: they need only the `user_id`, always asked for.
          const defined = userFields[field.name.value];
          const attribute = defined && factsOf(defined).userAttribute;
          if (attribute) into.add(attribute);
        }
      },
      FragmentSpread(spread) {
        const fragment = fragments[spread.name.value];
        if (fragment && !seen.has(spread.name.value)) {
          seen.add(spread.name.value);
          attributesIn(schema, fragments, fragment, undefined, into, seen);
        }
      },
    }),
  );
}

/** Attributes by operation: yoga reuses parsed documents, so an operation is walked once, not per user read. */
const attributesByOperation = new WeakMap<OperationDefinitionNode, readonly string[]>();

/**
 * Every Auth0 attribute any `User` selection of the operation reads (its fragments included), plus
 * `user_id`: the `fields` a batched user read sends, so one batch serves every position in the
 * operation.
 */
export function operationUserAttributes(info: GraphQLResolveInfo): readonly string[] {
  const cached = attributesByOperation.get(info.operation);
  if (cached) return cached;
  const attributes = new Set<string>(["user_id"]);
  const seen = new Set<string>();
  attributesIn(info.schema, info.fragments, info.operation, undefined, attributes, seen);
  for (const [name, fragment] of Object.entries(info.fragments)) {
    if (!seen.has(name)) {
      seen.add(name);
      attributesIn(info.schema, info.fragments, fragment, undefined, attributes, seen);
    }
  }
  const sorted = Object.freeze([...attributes].sort());
  attributesByOperation.set(info.operation, sorted);
  return sorted;
}

/** The Auth0 attributes the `User` selections below the field being resolved read (plus `user_id`). */
export function selectedUserAttributes(info: GraphQLResolveInfo): Set<string> {
  return userAttributesBelow(info.schema, info.fragments, info.fieldNodes, info.returnType);
}

/**
 * The Auth0 attributes the `User` selections below these field nodes (of type `returnType`) read,
 * plus `user_id`. `@skip`/`@include` are not evaluated: an attribute that might be read counts.
 */
export function userAttributesBelow(
  schema: GraphQLSchema,
  fragments: Fragments,
  fieldNodes: readonly FieldNode[],
  returnType: GraphQLOutputType,
): Set<string> {
  const attributes = new Set<string>(["user_id"]);
  const seen = new Set<string>();
  for (const node of fieldNodes) {
    if (node.selectionSet) attributesIn(schema, fragments, node.selectionSet, returnType, attributes, seen);
  }
  return attributes;
}
