import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";

// graphql-js words a variable it cannot coerce as `Variable "$input" got invalid value { password:
// "…", bogus: 1 }; Field "bogus" is not defined…` — repeating the value, and with it a password or an
// ID token given in the same input object, to the caller and to anything that logs errors. This
// keeps the variable, the path and the reason, and drops the value.

const PREFIX = /^Variable "\$(\w+)" got invalid value /;
/** The path graphql-js appends to the value, e.g. ` at "input.password"`. */
const AT_PATH = / at "[\w.[\]]+"$/;

/** The error without the echoed value; undefined when it is not a variable-coercion error. */
export function withoutEchoedValue(error: GraphQLError): GraphQLError | undefined {
  const prefix = PREFIX.exec(error.message);
  const reason = error.originalError?.message;
  if (!prefix || reason === undefined || !error.message.endsWith(`; ${reason}`)) return undefined;
  let echoed = error.message.slice(prefix[0].length, error.message.length - reason.length - 2);
  const at = AT_PATH.exec(echoed);
  const where = at ? at[0] : "";
  if (at) echoed = echoed.slice(0, at.index);
  // Scalars repeat the value in their own reason ("String cannot represent a non string value: 123").
  const hiddenReason = echoed === "" ? reason : reason.split(echoed).join("(value hidden)");
  return new GraphQLError(`Variable "$${prefix[1]}" got an invalid value${where}; ${hiddenReason}`, {
    ...(error.nodes ? { nodes: error.nodes } : {}),
    ...(error.source ? { source: error.source } : {}),
    ...(error.positions ? { positions: error.positions } : {}),
    extensions: error.extensions,
    originalError: error.originalError,
  });
}

/** The yoga plugin: variable errors of every operation come back without the values. */
export function useHiddenVariableValues(): Plugin {
  return {
    onExecute: () => ({
      onExecuteDone: ({ result, setResult }) => {
        if (!("errors" in result) || !result.errors?.length) return;
        let changed = false;
        const errors = result.errors.map((error) => {
          const hidden = withoutEchoedValue(error);
          if (hidden) changed = true;
          return hidden ?? error;
        });
        if (changed) setResult({ ...result, errors });
      },
    }),
  };
}
