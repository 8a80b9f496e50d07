import { DEV_TOKEN_LIFETIME_S } from "./dev-caller.js";

/** What `npm start` prints once the gateway listens (stdout, not the log: it is for the person at the terminal). */
export function startBanner(info: {
  mode: "embedded" | "tenant";
  gatewayUrl: string;
  graphiql: boolean;
  upstreamOrigin: string;
  emulatorUrl?: string;
  devToken?: { token: string; sub: string; scopes: number };
  /** Why no dev token was handed out: the gateway's HOST is not loopback; and the callers' audience, to mint one. */
  devTokenWithheld?: { host: string; audience: string };
}): string {
  const graphql = `${info.gatewayUrl}/graphql`;
  const mode = info.mode === "embedded" ? "embedded mode: its own Auth0 Management API emulator" : `tenant ${info.upstreamOrigin}`;
  const lines = [
    "",
    `usergraph is running (${mode})`,
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
      `    (valid ${DEV_TOKEN_LIFETIME_S / 3600} hours, or until the emulator restarts)`,
      "",
      "  A first query:",
      `    curl -s ${graphql} \\`,
      `      -H "authorization: Bearer ${info.devToken.token}" \\`,
      `      -H "content-type: application/json" \\`,
      `      -d '{"query":"{ users(first: 3) { totalCount nodes { id email name } } me { email } }"}'`,
    );
  }
  if (info.devTokenWithheld !== undefined && info.emulatorUrl) {
    lines.push(
      "",
      `  No dev token: HOST=${info.devTokenWithheld.host} is not loopback, so GraphiQL would hand it to anyone who can load it.`,
      `  Mint one on this machine: curl -s -X POST ${info.emulatorUrl}/__emulator/token -H ` +
        `"content-type: application/json" -d '{"scope":"read:users","audience":${JSON.stringify(info.devTokenWithheld.audience)}}'`,
    );
  }
  lines.push("", `  Ctrl-C stops the gateway${info.emulatorUrl ? " and the emulator" : ""}.`, "", "");
  return lines.join("\n");
}
