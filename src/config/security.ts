import { z } from "zod";
import { integer, sectionDefaults, text, toOrigin, type SectionSpec, type SectionValues } from "./variables.js";
import type { NodeEnv } from "./server.js";

/** What callers may send: abuse limits, browsers' origins, introspection, trusted documents (src/auth). */
export interface SecurityConfig {
  /** Deepest selection allowed (leaf fields count; Relay's edges/node are levels). */
  maxDepth: number;
  /** Most aliases in one operation. */
  maxAliases: number;
  /** Most lexical tokens in one document. */
  maxTokens: number;
  /** Most directives in one operation. */
  maxDirectives: number;
  /** Largest request body; larger → 413. */
  maxBodyBytes: number;
  /** Browser origins allowed to call (CORS); empty: none, ["*"]: any. */
  corsOrigins: string[];
  introspection: boolean;
  /** Path of a persisted-documents manifest (`{ "<hash>": "<document>" }`): when set, only those operations run. */
  trustedDocuments?: string;
}

function corsOrigins() {
  return (): z.ZodType<string[], string | undefined> =>
    z
      .string()
      .optional()
      .transform((value, ctx) => {
        const origins: string[] = [];
        for (const entry of (value ?? "")
          .split(",")
          .map((origin) => origin.trim())
          .filter(Boolean)) {
          const origin = entry === "*" ? "*" : entry.includes("://") ? toOrigin(entry) : undefined;
          if (origin) origins.push(origin);
          else
            ctx.addIssue({
              code: "custom",
              message:
                `${JSON.stringify(entry)} is not an origin; expected e.g. https://admin.example.com (scheme, ` +
                `host, port; no path) or *`,
            });
        }
        return origins;
      });
}

function optionalBoolean() {
  return (): z.ZodType<string | undefined, string | undefined> =>
    z
      .string()
      .optional()
      .refine((value) => value === undefined || ["true", "false"].includes(value.toLowerCase()), {
        message: "is invalid; expected true or false",
      });
}

export const securityVariables = {
  MAX_DEPTH: {
    default: "12",
    description: "Deepest selection an operation may have (leaf fields count; Relay's `edges`/`node` are levels).",
    parse: integer(1, 1000),
  },
  MAX_ALIASES: { default: "30", description: "Most aliases an operation may use.", parse: integer(0, 10_000) },
  MAX_TOKENS: { default: "1000", description: "Most lexical tokens a GraphQL document may have.", parse: integer(1, 1_000_000) },
  MAX_DIRECTIVES: { default: "50", description: "Most directives an operation may use.", parse: integer(0, 10_000) },
  MAX_BODY_BYTES: {
    default: "1048576",
    description: "Largest request body in bytes; a larger one is refused with 413.",
    parse: integer(1, 1_073_741_824),
  },
  CORS_ORIGINS: {
    default: undefined,
    description:
      "Comma-separated browser origins allowed to call the gateway (`https://admin.example.com`), or `*` " +
      "for any. Unset: no cross-origin browser calls.",
    parse: corsOrigins(),
  },
  INTROSPECTION: {
    default: "true unless NODE_ENV=production",
    description: "Whether schema introspection (`__schema`, `__type`) is answered: true or false.",
    parse: optionalBoolean(),
  },
  TRUSTED_DOCUMENTS: {
    default: undefined,
    description:
      'Path of a persisted-documents manifest (`{ "sha256:…": "query …" }`, as codegen\'s client ' +
      "preset writes with `persistedDocuments: true`). Set: only those operations run, by `documentId` " +
      "or `extensions.persistedQuery.sha256Hash`.",
    parse: text(),
  },
} satisfies SectionSpec;

export function toSecurity(v: SectionValues<typeof securityVariables>, nodeEnv: NodeEnv): SecurityConfig {
  return {
    maxDepth: v.MAX_DEPTH,
    maxAliases: v.MAX_ALIASES,
    maxTokens: v.MAX_TOKENS,
    maxDirectives: v.MAX_DIRECTIVES,
    maxBodyBytes: v.MAX_BODY_BYTES,
    corsOrigins: v.CORS_ORIGINS,
    introspection: v.INTROSPECTION === undefined ? nodeEnv !== "production" : v.INTROSPECTION.toLowerCase() === "true",
    ...(v.TRUSTED_DOCUMENTS !== undefined ? { trustedDocuments: v.TRUSTED_DOCUMENTS } : {}),
  };
}

/** The security settings of an environment that sets none of them (for gateways built without a config). */
export function defaultSecurityConfig(nodeEnv: NodeEnv = "development"): SecurityConfig {
  return toSecurity(sectionDefaults(securityVariables), nodeEnv);
}
