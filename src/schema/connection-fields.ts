import type { ArgBuilder, InputFieldMap, InputShapeFromFields, ObjectRef } from "@pothos/core";
import type { GraphQLResolveInfo } from "graphql";
import type { CheckpointPage, OffsetPage } from "../upstream/pages.js";
import { builder } from "./builder.js";
import { type ConnectionArgs, type ConnectionResult, checkpointConnection, type OffsetRequest, offsetConnection } from "./connections.js";
import type { GatewayContext } from "./context.js";
import { upstreamCost } from "./field-facts.js";
import { defineField, type FieldBuilder, type Types } from "./generic-field.js";

// The two paging kinds of Auth0 lists, each defined once: the connection type (with `totalCount`
// where Auth0 reports one), the `first`/`after` arguments, and the field's upstream cost fact.

type Scopes = { scope: string } | { anyScope: readonly string[] };

/** The shape a connection type's resolvers receive: a page, and its total when selected. */
export type ConnectionRef<Node> = ObjectRef<Types, ConnectionResult<Node>>;

interface ConnectionTypeOptions {
  /** `User` makes `UserConnection` and `UserEdge`. */
  name: string;
  description: string;
  /** The description of `<name>Edge`. */
  edge: string;
}

/**
 * An offset-paged list's connection type `<name>Connection` (with `<name>Edge`): Relay's edges,
 * nodes and pageInfo, and `totalCount: Int` — described by `total` — asked of Auth0 only when selected.
 */
export function offsetConnectionType<Node>(
  node: ObjectRef<Types, Node>,
  options: ConnectionTypeOptions & { total: string },
): ConnectionRef<Node> {
  return builder.connectionObject(
    {
      type: node,
      name: `${options.name}Connection`,
      description: options.description,
      fields: (t) => ({
        totalCount: t.int({
          nullable: true,
          description: options.total,
          resolve: (connection) => (connection as ConnectionResult<Node>).totalCount ?? null,
        }),
      }),
    },
    { name: `${options.name}Edge`, description: options.edge },
  ) as unknown as ConnectionRef<Node>;
}

/** A checkpoint-paged list's connection type `<name>Connection` (with `<name>Edge`): no total, Auth0 reports none. */
export function checkpointConnectionType<Node>(node: ObjectRef<Types, Node>, options: ConnectionTypeOptions): ConnectionRef<Node> {
  return builder.connectionObject(
    { type: node, name: `${options.name}Connection`, description: options.description },
    { name: `${options.name}Edge`, description: options.edge },
  ) as unknown as ConnectionRef<Node>;
}

/** The `first`/`after` arguments of a connection of `items` (e.g. "roles"). */
function pagingArgs(arg: ArgBuilder<Types>, items: string) {
  return {
    first: arg.int({ required: false, description: `How many ${items} (default 20, at most 100).` }),
    after: arg.string({ required: false, description: "The cursor after which to continue." }),
  };
}

interface ConnectionFieldOptions<Node, Args extends InputFieldMap> {
  type: ConnectionRef<Node>;
  /** What the list holds, plural (for the description of `first`). */
  items: string;
  description: string;
  /** Nested lists are nullable, so that a missing scope or an upstream failure costs this field only. */
  nullable: boolean;
  authScopes: Scopes;
  /** Arguments besides `first` and `after`, made with the field builder's `t.arg`. */
  args?: (arg: ArgBuilder<Types>) => Args;
}

type Resolved<Args extends InputFieldMap> = InputShapeFromFields<Args> & ConnectionArgs;

/**
 * A field answering an offset-paged Auth0 list (`page`/`per_page`/`include_totals`) as a connection:
 * `fetch` reads one upstream page (through a loader), `offsetConnection` plans the pages. `window`:
 * how far upstream pages (past it: SEARCH_WINDOW_EXCEEDED). `members`: the rows are partial users
 * (`Role.users`) that `nodes` may load in full. The field's upstream cost fact follows from these.
 */
export function offsetConnectionField<Parent, Node, Args extends InputFieldMap = Record<never, never>, Out = Node>(
  t: FieldBuilder,
  options: ConnectionFieldOptions<Out, Args> & {
    window?: number;
    /** What SEARCH_WINDOW_EXCEEDED advises besides narrowing the query. */
    pastWindow?: string;
    members?: boolean;
    fetch: (
      parent: Parent,
      request: OffsetRequest,
      ctx: GatewayContext,
      args: Resolved<Args>,
      info: GraphQLResolveInfo,
    ) => Promise<OffsetPage<Node>>;
    /** Turns the page's items into the connection's nodes (default: as they are). */
    nodes?: (page: ConnectionResult<Node>, ctx: GatewayContext, info: GraphQLResolveInfo) => Promise<ConnectionResult<Out>>;
  },
) {
  const { window, members, pastWindow } = options;
  return defineField(t, {
    type: options.type,
    nullable: options.nullable,
    description: options.description,
    authScopes: options.authScopes,
    extensions: upstreamCost({ kind: "offset", ...(window !== undefined ? { window } : {}), ...(members ? { members } : {}) }),
    args: { ...options.args?.(t.arg), ...pagingArgs(t.arg, options.items) },
    resolve: async (parent: Parent, rawArgs: unknown, ctx: GatewayContext, info: GraphQLResolveInfo) => {
      const args = rawArgs as Resolved<Args>;
      const page = await offsetConnection<Node>({
        args,
        info,
        ...(window !== undefined ? { window } : {}),
        ...(pastWindow !== undefined ? { pastWindow } : {}),
        fetch: (request) => options.fetch(parent, request, ctx, args, info),
      });
      return options.nodes ? options.nodes(page, ctx, info) : (page as unknown as ConnectionResult<Out>);
    },
  });
}

/**
 * A field answering a checkpoint-paged Auth0 list (`from`/`take` → `next`) as a connection: `fetch`
 * reads one upstream page (through a loader). The field's upstream cost fact is set here.
 */
export function checkpointConnectionField<Parent, Node, Args extends InputFieldMap = Record<never, never>, Out = Node>(
  t: FieldBuilder,
  options: ConnectionFieldOptions<Out, Args> & {
    /** The rows are partial users (`Organization.members`) that `nodes` may load in full. */
    members?: boolean;
    fetch: (
      parent: Parent,
      request: { from?: string; take: number },
      ctx: GatewayContext,
      args: Resolved<Args>,
      info: GraphQLResolveInfo,
    ) => Promise<CheckpointPage<Node>>;
    /** Turns the page's items into the connection's nodes (default: as they are). */
    nodes?: (
      page: ConnectionResult<Node>,
      ctx: GatewayContext,
      info: GraphQLResolveInfo,
      parent: Parent,
    ) => Promise<ConnectionResult<Out>> | ConnectionResult<Out>;
  },
) {
  return defineField(t, {
    type: options.type,
    nullable: options.nullable,
    description: options.description,
    authScopes: options.authScopes,
    extensions: upstreamCost({ kind: "checkpoint", ...(options.members ? { members: true } : {}) }),
    args: { ...options.args?.(t.arg), ...pagingArgs(t.arg, options.items) },
    resolve: async (parent: Parent, rawArgs: unknown, ctx: GatewayContext, info: GraphQLResolveInfo) => {
      const args = rawArgs as Resolved<Args>;
      const page = await checkpointConnection<Node>({ args, fetch: (request) => options.fetch(parent, request, ctx, args, info) });
      return options.nodes ? options.nodes(page, ctx, info, parent) : (page as unknown as ConnectionResult<Out>);
    },
  });
}
