import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isAbstractType,
  isLeafType,
  isListType,
  isObjectType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from "graphql";
import { usersByIdCalls } from "../loaders/users-by-id.js";
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  checkpointPageCount,
  connectionWants,
  offsetPageCount,
  type ConnectionArgs,
} from "../schema/connections.js";
import { needsRoleRecord } from "../schema/role.js";
import { selectedFieldNames } from "../schema/selection.js";
import { ROLE_MEMBER_ATTRIBUTES, userAttributesBelow } from "../schema/user-attributes.js";
import { fieldCost } from "./field-costs.js";

/*
 * The upstream cost of an operation, before it runs: how many Management API calls it makes at most,
 * counted the way the resolvers and loaders make them. Every field that reads upstream costs its calls
 * once per instance of its parent; a connection multiplies what is below its items by `first`; an
 * unpaged list by DEFAULT_PAGE_SIZE. Reads the loaders share within an operation are counted once when
 * the estimate can tell they are the same: users by id at the root of a query (`user`, `usersByIds`,
 * `me`, `_entities`) form one batched read of ceil(ids / 100) searches (one GET for a single id; more
 * searches when the ids are too long for 100 in one query string), and
 * identical keyed reads (the same role, the same list of the same user) count once. Not counted: the
 * one-by-one GETs for ids a search missed (the search index lags behind a user created a moment ago),
 * retries, and a second page a checkpoint list needs when upstream answers a short page.
 */

export interface CostInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null | undefined;
  variableValues?: Readonly<Record<string, unknown>> | null | undefined;
  /** The caller's `sub`: `Query.me` reads that user when it is one (contains "|"). */
  callerSub?: string | undefined;
}

type Fields = Map<string, FieldNode[]>;

interface Scope {
  /** How many instances of the parent object there are. */
  multiplier: number;
  /**
   * Identifies the single parent instance when the estimate knows it (e.g. "User:auth0|1"): reads
   * below with the same key are the same loader key, counted once.
   */
  key?: string | undefined;
  /** The length of lists directly below (a connection's `edges` and `nodes`: its `first`). */
  listLength?: number | undefined;
}

/** The estimated upstream calls of an operation; undefined when it cannot run (no such operation, bad variables). */
export function estimateUpstreamCalls(input: CostInput): number | undefined {
  const operation = getOperationAST(input.document, input.operationName ?? undefined);
  if (!operation) return undefined;
  const rootType = input.schema.getRootType(operation.operation);
  if (!rootType) return undefined;
  const coerced = getVariableValues(input.schema, operation.variableDefinitions ?? [], { ...(input.variableValues ?? {}) });
  if (coerced.errors) return undefined;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of input.document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  const walk = new CostWalk(input.schema, fragments, coerced.coerced, input.callerSub, operation.operation === "query");
  walk.fields(rootType, walk.collect(rootType, operation.selectionSet), { multiplier: 1, key: "Query" }, true);
  return walk.total();
}

class CostWalk {
  private unkeyed = 0;
  private readonly keyed = new Set<string>();
  /** Users read by id at the root of a query: one batch. */
  private readonly rootUserIds = new Set<string>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>,
    private readonly variables: Readonly<Record<string, unknown>>,
    private readonly callerSub: string | undefined,
    /** Loaders share reads across a query; a mutation's writes clear them, so nothing is shared there. */
    private readonly shared: boolean,
  ) {}

  total(): number {
    return this.unkeyed + this.keyed.size + usersByIdCalls([...this.rootUserIds]);
  }

  /** Counts `calls` per parent instance, or once per operation when `key` names a loader key. */
  private count(calls: number, scope: Scope, key?: string): void {
    if (calls <= 0 || scope.multiplier <= 0) return;
    if (key !== undefined && this.shared) for (let i = 0; i < calls; i += 1) this.keyed.add(`${key}#${i}`);
    else this.unkeyed += calls * scope.multiplier;
  }

  fields(type: GraphQLObjectType, fields: Fields, scope: Scope, root = false): void {
    for (const nodes of fields.values()) {
      const name = nodes[0]!.name.value;
      const field = type.getFields()[name];
      if (!field || name.startsWith("__")) continue;
      this.field(type, field, nodes, scope, root);
    }
  }

  private field(parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>, nodes: FieldNode[], scope: Scope, root: boolean): void {
    const cost = fieldCost(parent.name, field);
    // Most fields are free scalars: nothing to count and nothing below.
    if (cost.kind === "free" && isLeafType(getNamedType(field.type))) return;
    const args = this.args(field, nodes[0]!);
    switch (cost.kind) {
      case "free": {
        const list = isListType(getNullableType(field.type));
        const below: Scope = list
          ? { multiplier: scope.multiplier * (scope.listLength ?? DEFAULT_PAGE_SIZE) }
          : { multiplier: scope.multiplier, key: childKey(scope, field, "") };
        this.below(field, nodes, below);
        return;
      }
      case "call": {
        const key = childKey(scope, field, JSON.stringify(args));
        this.count(cost.calls ?? 1, scope, key);
        const list = isListType(getNullableType(field.type));
        this.below(field, nodes, list ? { multiplier: scope.multiplier * DEFAULT_PAGE_SIZE } : { multiplier: scope.multiplier, key });
        return;
      }
      case "user": {
        const id = cost.id === "argument" ? stringOr(args.id) : cost.id === "caller" ? callerUser(this.callerSub) : undefined;
        if (cost.id === "caller" && id === undefined) return; // a machine caller has no user: no read
        if (root && this.shared && id !== undefined) {
          this.rootUserIds.add(id);
          this.below(field, nodes, { multiplier: 1, key: `User:${id}` });
          return;
        }
        this.count(1, scope);
        this.below(field, nodes, { multiplier: scope.multiplier });
        return;
      }
      case "usersByIds": {
        const ids = Array.isArray(args.ids) ? args.ids.map(String) : [];
        this.usersById(field, nodes, ids, scope, root);
        return;
      }
      case "entities": {
        this.entities(nodes, args, scope, root);
        return;
      }
      case "byId": {
        const id = cost.id === "argument" ? stringOr(args.id) : undefined;
        const key = id !== undefined ? `${cost.loader}:${id}` : undefined;
        this.count(1, scope, key);
        this.below(field, nodes, { multiplier: scope.multiplier, key });
        return;
      }
      case "role": {
        const id = stringOr(args.id);
        const key = id !== undefined ? `role:${id}` : undefined;
        if (needsRoleRecord(nodes, this.fragments)) this.count(1, scope, key);
        this.below(field, nodes, { multiplier: scope.multiplier, key });
        return;
      }
      case "offset":
      case "checkpoint": {
        const connectionArgs = args as ConnectionArgs;
        const wants = connectionWants(selectedFieldNames(nodes, this.fragments));
        const pages =
          cost.kind === "offset"
            ? offsetPageCount(connectionArgs, wants, cost.window)
            : (wants.items || !cost.total ? checkpointPageCount(connectionArgs) : 0) + (cost.total && wants.total ? 1 : 0);
        const key = childKey(scope, field, JSON.stringify({ args, wants }));
        this.count(pages, scope, key);
        const first = pageLength(connectionArgs.first);
        if (cost.members && pages > 0 && wants.items && first > 0) {
          // Members are loaded as full users when the selection reads more than a member row carries:
          // one batched read, a page holding at most 100 members.
          const attributes = userAttributesBelow(this.schema, this.fragments, nodes, field.type);
          if ([...attributes].some((attribute) => !ROLE_MEMBER_ATTRIBUTES.has(attribute))) this.count(1, scope, key && `${key}.members`);
        }
        this.below(field, nodes, { multiplier: scope.multiplier, key, listLength: first });
        return;
      }
      case "exportFile": {
        const connectionArgs = args as ConnectionArgs;
        const first = pageLength(connectionArgs.first);
        const key = childKey(scope, field, JSON.stringify(args));
        this.count(2, scope, key);
        this.below(field, nodes, { multiplier: scope.multiplier, key, listLength: first });
        return;
      }
      case "writtenUser": {
        const attributes = userAttributesBelow(this.schema, this.fragments, nodes, field.type);
        if (attributes.size > 1) this.count(1, scope);
        this.below(field, nodes, { multiplier: scope.multiplier });
        return;
      }
    }
  }

  /** Users by id: at the root of a query they join the batch, each distinct id walked once. */
  private usersById(field: GraphQLField<unknown, unknown>, nodes: FieldNode[], ids: string[], scope: Scope, root: boolean): void {
    const distinct = [...new Set(ids)];
    if (root && this.shared) {
      for (const id of distinct) {
        this.rootUserIds.add(id);
        this.below(field, nodes, { multiplier: 1, key: `User:${id}` });
      }
      return;
    }
    this.count(usersByIdCalls(distinct), scope);
    this.below(field, nodes, { multiplier: scope.multiplier * ids.length });
  }

  /** Federation `_entities`: each representation is read as its `__typename` says. */
  private entities(nodes: FieldNode[], args: Record<string, unknown>, scope: Scope, root: boolean): void {
    const representations = Array.isArray(args.representations) ? (args.representations as unknown[]) : [];
    const userIds: string[] = [];
    for (const representation of representations) {
      if (typeof representation !== "object" || representation === null) continue;
      const { __typename: typename, id, email } = representation as Record<string, unknown>;
      const type = typeof typename === "string" ? this.schema.getType(typename) : undefined;
      if (!type || !isObjectType(type)) continue;
      if (typename === "User" && id !== undefined) {
        userIds.push(String(id));
        continue;
      }
      const loader =
        typename === "User"
          ? "usersByEmail"
          : typename === "Role"
            ? "role"
            : typename === "Organization"
              ? "organization"
              : String(typename);
      const key = `${loader}:${String(id ?? email)}`;
      this.count(1, scope, key);
      this.fields(type, this.subfields(type, nodes), { multiplier: scope.multiplier, key });
    }
    const user = this.schema.getType("User");
    if (userIds.length > 0 && user && isObjectType(user)) {
      const subfields = this.subfields(user, nodes);
      const distinct = [...new Set(userIds)];
      if (root && this.shared) {
        for (const id of distinct) {
          this.rootUserIds.add(id);
          this.fields(user, subfields, { multiplier: 1, key: `User:${id}` });
        }
      } else {
        this.count(usersByIdCalls(distinct), scope);
        this.fields(user, subfields, { multiplier: scope.multiplier * userIds.length });
      }
    }
  }

  /** Walks the selection below a field: for an abstract type, every possible type (an upper bound). */
  private below(field: GraphQLField<unknown, unknown>, nodes: FieldNode[], scope: Scope): void {
    const type = getNamedType(field.type);
    const objects = isObjectType(type) ? [type] : isAbstractType(type) ? this.schema.getPossibleTypes(type) : [];
    for (const object of objects) this.fields(object, this.subfields(object, nodes), scope);
  }

  private subfields(type: GraphQLObjectType, nodes: readonly FieldNode[]): Fields {
    const fields: Fields = new Map();
    const visited = new Set<string>();
    for (const node of nodes) if (node.selectionSet) this.collectInto(type, node.selectionSet, fields, visited);
    return fields;
  }

  collect(type: GraphQLObjectType, selectionSet: SelectionSetNode): Fields {
    const fields: Fields = new Map();
    this.collectInto(type, selectionSet, fields, new Set());
    return fields;
  }

  /** The fields a selection set selects on `type`, by response key, as execution collects them. */
  private collectInto(type: GraphQLObjectType, selectionSet: SelectionSetNode, into: Fields, visited: Set<string>): void {
    for (const selection of selectionSet.selections) {
      if (!this.included(selection)) continue;
      switch (selection.kind) {
        case Kind.FIELD: {
          const key = selection.alias?.value ?? selection.name.value;
          const list = into.get(key);
          if (list) list.push(selection);
          else into.set(key, [selection]);
          break;
        }
        case Kind.INLINE_FRAGMENT:
          if (this.applies(selection.typeCondition?.name.value, type)) this.collectInto(type, selection.selectionSet, into, visited);
          break;
        case Kind.FRAGMENT_SPREAD: {
          const name = selection.name.value;
          const fragment = this.fragments[name];
          if (visited.has(name) || !fragment) break;
          visited.add(name);
          if (this.applies(fragment.typeCondition.name.value, type)) this.collectInto(type, fragment.selectionSet, into, visited);
          break;
        }
      }
    }
  }

  private included(node: Parameters<typeof getDirectiveValues>[1]): boolean {
    if (!node.directives?.length) return true;
    if (getDirectiveValues(GraphQLSkipDirective, node, this.variables)?.if === true) return false;
    if (getDirectiveValues(GraphQLIncludeDirective, node, this.variables)?.if === false) return false;
    return true;
  }

  private applies(condition: string | undefined, type: GraphQLObjectType): boolean {
    if (condition === undefined) return true;
    const conditional = this.schema.getType(condition);
    if (!conditional) return false;
    if (conditional === type) return true;
    return isAbstractType(conditional) && this.schema.isSubType(conditional, type);
  }

  private args(field: GraphQLField<unknown, unknown>, node: FieldNode): Record<string, unknown> {
    try {
      return getArgumentValues(field, node, this.variables);
    } catch {
      return {};
    }
  }
}

/** The loader key of a field below a keyed parent: the same key means the same read. */
function childKey(scope: Scope, field: GraphQLField<unknown, unknown>, suffix: string): string | undefined {
  return scope.key !== undefined ? `${scope.key}.${field.name}${suffix}` : undefined;
}

function stringOr(value: unknown): string | undefined {
  return value === undefined || value === null ? undefined : String(value);
}

function callerUser(sub: string | undefined): string | undefined {
  return sub?.includes("|") ? sub : undefined;
}

/** `first` as the connection uses it (default 20); out-of-range values make it refuse, reading nothing. */
function pageLength(first: unknown): number {
  if (first === undefined || first === null) return DEFAULT_PAGE_SIZE;
  return typeof first === "number" && Number.isInteger(first) && first >= 0 && first <= MAX_PAGE_SIZE ? first : 0;
}
