import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { GraphQLError, NoSchemaIntrospectionCustomRule } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { SecurityConfig } from "../config.js";

type ArmorConfig = NonNullable<Parameters<typeof EnvelopArmorPlugin>[0]>;
type RejectCallback = NonNullable<NonNullable<ArmorConfig["maxDepth"]>["onReject"]>[number];

/**
 * Stable codes of the operations the limits refuse. Like any document error, HTTP 400 to clients
 * accepting `application/graphql-response+json`, 200 to legacy `application/json` ones (GraphQL
 * over HTTP).
 */
export type AbuseLimitCode = "MAX_DEPTH_EXCEEDED" | "MAX_ALIASES_EXCEEDED" | "MAX_DIRECTIVES_EXCEEDED" | "MAX_TOKENS_EXCEEDED";

function limitError(code: AbuseLimitCode, armorError: GraphQLError): GraphQLError {
  // graphql-armor words every refusal as a "Syntax Error", which it is not.
  const message = armorError.message.replace(/^Syntax Error: /, "");
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

/** Reports a validation-time refusal as a validation error with `code`, instead of armor's throw. */
function reportAs(code: AbuseLimitCode) {
  const onReject: RejectCallback[] = [(context, error) => context?.reportError(limitError(code, error))];
  return { onReject, propagateOnRejection: false };
}

/**
 * The operation limits, by graphql-armor: depth, aliases, directives (validation) and tokens
 * (parsing), each refused with its own code and HTTP 400 before anything runs; field suggestions
 * ("Did you mean …?") are never shown. Introspection is refused when turned off.
 */
export function abuseLimitPlugins(security: SecurityConfig): Plugin[] {
  const armor = EnvelopArmorPlugin({
    // Fragments (spread or inline) are not levels of the answer: a Relay app's per-component
    // fragments must not cost depth.
    maxDepth: { n: security.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...reportAs("MAX_DEPTH_EXCEEDED") },
    maxAliases: { n: security.maxAliases, ...reportAs("MAX_ALIASES_EXCEEDED") },
    maxDirectives: { n: security.maxDirectives, ...reportAs("MAX_DIRECTIVES_EXCEEDED") },
    maxTokens: {
      n: security.maxTokens,
      // Parsing has no validation context to report to: the refusal is thrown from the parser.
      onReject: [
        (_context, error) => {
          throw limitError("MAX_TOKENS_EXCEEDED", error);
        },
      ],
      propagateOnRejection: false,
    },
    blockFieldSuggestion: { mask: "" },
    // A cost model would refuse ordinary Relay queries long before depth does; depth, aliases and
    // the per-connection `first` cap (100) bound an operation's upstream calls instead.
    costLimit: { enabled: false },
  }) as Plugin;
  const plugins: Plugin[] = [armor];
  if (!security.introspection) {
    plugins.push({
      onValidate({ addValidationRule }) {
        addValidationRule(NoSchemaIntrospectionCustomRule);
      },
    });
  }
  return plugins;
}
