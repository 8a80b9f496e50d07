/** The verified caller of a GraphQL operation: the subject of its bearer token and what it may do. */
export interface Caller {
  /** The token's `sub`: an Auth0 user id for user tokens, `<client>@clients` for machine tokens. */
  sub: string;
  /** Management API scope names granted by the token's `scope` string and `permissions` array. */
  scopes: ReadonlySet<string>;
}

export function callerFromClaims(claims: { sub?: unknown; scope?: unknown; permissions?: unknown }): Caller {
  const scopes = new Set<string>();
  if (typeof claims.scope === "string") for (const s of claims.scope.split(" ")) if (s) scopes.add(s);
  if (Array.isArray(claims.permissions)) for (const p of claims.permissions) if (typeof p === "string" && p) scopes.add(p);
  return { sub: typeof claims.sub === "string" ? claims.sub : "", scopes };
}
