import { z } from "zod";

/** One environment variable: declared once, in its section's file; the README table and `.env.example` are written from it. */
export interface ConfigVariable {
  name: string;
  /** The default as written in the environment; undefined when there is none. */
  default: string | undefined;
  description: string;
  /** Never echoed in errors or logs. */
  secret?: boolean;
}

/** A variable's declaration in a section: its documentation and how its raw text is parsed. */
export interface VariableSpec<T = unknown> {
  default: string | undefined;
  description: string;
  secret?: boolean;
  /** Builds the parser of the raw text (trimmed; undefined when unset), given the variable it parses. */
  parse: (variable: ConfigVariable) => z.ZodType<T, string | undefined>;
}

export type SectionSpec = Record<string, VariableSpec>;

/** What a section's variables parse to, by name. */
export type SectionValues<S extends SectionSpec> = { [K in keyof S]: S[K] extends VariableSpec<infer T> ? T : never };

export interface ConfigProblem {
  variable: string;
  message: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(["Invalid configuration:", ...problems.map((p) => `  - ${p.variable}: ${p.message}`)].join("\n"));
    this.name = "ConfigError";
  }
}

export type Env = Record<string, string | undefined>;

export function variablesOf(spec: SectionSpec): ConfigVariable[] {
  return Object.entries(spec).map(([name, { default: value, description, secret }]) => ({
    name,
    default: value,
    description,
    ...(secret ? { secret } : {}),
  }));
}

/** A variable's raw value: trimmed, with "" meaning unset. */
export function raw(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === "" ? undefined : value;
}

/** Shows a value in an error message, unless it is secret. */
function shown(variable: ConfigVariable, value: string): string {
  return variable.secret ? "the value given" : JSON.stringify(value);
}

/** Parses one section's variables from the environment; its problems are added to `problems`. */
export function readSection<S extends SectionSpec>(spec: S, env: Env, problems: ConfigProblem[]): SectionValues<S> | undefined {
  const variables = variablesOf(spec);
  const schema = z.object(Object.fromEntries(variables.map((variable) => [variable.name, spec[variable.name]!.parse(variable)])));
  const result = schema.safeParse(Object.fromEntries(variables.map(({ name }) => [name, raw(env, name)])));
  if (result.success) return result.data as SectionValues<S>;
  for (const issue of result.error.issues) {
    problems.push({ variable: String(issue.path[0] ?? "configuration"), message: issue.message });
  }
  return undefined;
}

/** A section's values when nothing is set (its defaults); throws if a default is invalid. */
export function sectionDefaults<S extends SectionSpec>(spec: S): SectionValues<S> {
  const problems: ConfigProblem[] = [];
  const values = readSection(spec, {}, problems);
  if (!values) throw new ConfigError(problems);
  return values;
}

export function text() {
  return (): z.ZodType<string | undefined, string | undefined> => z.string().optional();
}

/** Unset → the variable's default. */
export function textWithDefault() {
  return (variable: ConfigVariable): z.ZodType<string, string | undefined> =>
    z
      .string()
      .optional()
      .transform((value) => value ?? variable.default ?? "");
}

export function integer(min: number, max: number) {
  return (variable: ConfigVariable): z.ZodType<number, string | undefined> =>
    z
      .string()
      .optional()
      .transform((value, ctx) => {
        const text = value ?? variable.default;
        if (text !== undefined && /^\d+$/.test(text)) {
          const n = Number(text);
          if (n >= min && n <= max) return n;
        }
        ctx.addIssue({
          code: "custom",
          message: `${text === undefined ? "missing" : `${shown(variable, text)} is invalid`}; expected an integer from ${min} to ${max}`,
        });
        return z.NEVER;
      });
}

/** Unset stays undefined (no default). */
export function optionalInteger(min: number, max: number) {
  return (variable: ConfigVariable): z.ZodType<number | undefined, string | undefined> =>
    z
      .string()
      .optional()
      .transform((value, ctx) => {
        if (value === undefined) return undefined;
        if (/^\d+$/.test(value) && Number(value) >= min && Number(value) <= max) return Number(value);
        ctx.addIssue({
          code: "custom",
          message: `${shown(variable, value)} is invalid; expected an integer from ${min} to ${max}, or unset`,
        });
        return z.NEVER;
      });
}

export function oneOf<T extends string>(values: readonly T[]) {
  return (variable: ConfigVariable): z.ZodType<T, string | undefined> =>
    z
      .string()
      .optional()
      .transform((value, ctx) => {
        const text = (value ?? variable.default ?? "").toLowerCase();
        if ((values as readonly string[]).includes(text)) return text as T;
        ctx.addIssue({ code: "custom", message: `${shown(variable, value ?? "")} is invalid; expected one of ${values.join(", ")}` });
        return z.NEVER;
      });
}

/** Unset stays undefined (no default). */
export function optionalOneOf<T extends string>(values: readonly T[]) {
  return (variable: ConfigVariable): z.ZodType<T | undefined, string | undefined> =>
    z
      .string()
      .optional()
      .transform((value, ctx) => {
        if (value === undefined) return undefined;
        if ((values as readonly string[]).includes(value.toLowerCase())) return value.toLowerCase() as T;
        ctx.addIssue({ code: "custom", message: `${shown(variable, value)} is invalid; expected one of ${values.join(", ")}, or unset` });
        return z.NEVER;
      });
}

function isHttpUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

export function httpUrl(example: string) {
  return (): z.ZodType<string | undefined, string | undefined> =>
    z
      .string()
      .optional()
      .refine((value) => value === undefined || isHttpUrl(value), {
        message: `is not an http(s) URL; expected e.g. ${example}`,
      });
}

const HOST_PATTERN = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/i;

/** `acme.eu.auth0.com` → `https://acme.eu.auth0.com`; `http://127.0.0.1:4010/` → `http://127.0.0.1:4010`. */
export function toOrigin(domain: string): string | undefined {
  if (!domain.includes("://")) return HOST_PATTERN.test(domain) ? `https://${domain.toLowerCase()}` : undefined;
  let url: URL;
  try {
    url = new URL(domain);
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  if (url.username || url.password || url.search || url.hash || (url.pathname !== "/" && url.pathname !== "")) return undefined;
  return url.origin;
}
