/** What `npm start` prints once the gateway listens (stdout, not the log: it is for the person at the terminal). */
export function startBanner(info: {
  mode: "embedded" | "tenant";
  gatewayUrl: string;
  graphiql: boolean;
  upstreamOrigin: string;
  emulatorUrl?: string;
  devToken?: { token: string; sub: string; scopes: number };
}): string {
  const graphql = `${info.gatewayUrl}/graphql`;
  const lines = [
    "",
    `usergraph is running (${info.mode === "embedded" ? "embedded mode: its own Auth0 Management API emulator" : `tenant ${info.upstreamOrigin}`})`,
    "",
    `  GraphQL    ${graphql}${info.graphiql ? "   (GraphiQL: open it in a browser)" : ""}`,
    `  Health     ${info.gatewayUrl}/healthz   ${info.gatewayUrl}/readyz`,
    `  Metrics    ${info.gatewayUrl}/metrics`,
  ];
  if (info.emulatorUrl) lines.push(`  Emulator   ${info.emulatorUrl}   (Management API at ${info.emulatorUrl}/api/v2)`);
  if (info.devToken) {
    lines.push(
      "",
      `  Dev token (every scope the graph checks, ${info.devToken.scopes} of them; user ${info.devToken.sub}):`,
      `    ${info.devToken.token}`,
      "",
      "  A first query:",
      `    curl -s ${graphql} \\`,
      `      -H "authorization: Bearer ${info.devToken.token}" \\`,
      `      -H "content-type: application/json" \\`,
      `      -d '{"query":"{ users(first: 3) { totalCount nodes { id email name } } me { email } }"}'`,
    );
  }
  lines.push("", `  Ctrl-C stops the gateway${info.emulatorUrl ? " and the emulator" : ""}.`, "", "");
  return lines.join("\n");
}
