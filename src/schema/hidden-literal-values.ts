import { type ASTNode, GraphQLError, Kind, print, type ValueNode } from "graphql";
import type { Plugin } from "graphql-yoga";

// graphql-js words an inline argument of the wrong type as `Expected value of type "String", found
// {pw: "…"}; String cannot represent a non string value: {pw: "…"}` — repeating a password or a TOTP
// secret written in the document to the caller and to anything that logs errors. As for variables
// (hidden-variable-values.ts), the error keeps its place (locations), type and reason, and drops the value.

const HIDDEN = "(value hidden)";
/** Shorter string values are not searched for on their own: they would match words of the message. */
const MIN_RAW_LENGTH = 3;

const VALUE_KINDS = new Set<string>([Kind.STRING, Kind.INT, Kind.FLOAT, Kind.BOOLEAN, Kind.ENUM, Kind.LIST, Kind.OBJECT, Kind.NULL]);
const isValueNode = (node: ASTNode): node is ValueNode => VALUE_KINDS.has(node.kind);

/** The error without the literals it echoes; undefined when it echoes none. */
export function withoutEchoedLiterals(error: GraphQLError): GraphQLError | undefined {
  const values = (error.nodes ?? []).filter(isValueNode);
  if (values.length === 0) return undefined;
  let message = error.message;
  for (const node of values) {
    message = message.split(print(node)).join(HIDDEN);
    // Custom scalars may quote the bare string (`Value is not a valid email address: …`).
    if (node.kind === Kind.STRING && node.value.length >= MIN_RAW_LENGTH) message = message.split(node.value).join(HIDDEN);
  }
  if (message === error.message) return undefined;
  return new GraphQLError(message, {
    ...(error.nodes ? { nodes: error.nodes } : {}),
    ...(error.source ? { source: error.source } : {}),
    ...(error.positions ? { positions: error.positions } : {}),
    extensions: error.extensions,
  });
}

/** The yoga plugin: validation errors come back (and are logged) without the literals they echo. */
export function useHiddenLiteralValues(): Plugin {
  return {
    onValidate:
      () =>
      ({ result, setResult }) => {
        if (result.length === 0) return;
        let changed = false;
        const errors = result.map((error) => {
          const hidden = withoutEchoedLiterals(error);
          if (hidden) changed = true;
          return hidden ?? error;
        });
        if (changed) setResult(errors);
      },
  };
}
