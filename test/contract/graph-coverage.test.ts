import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { oas } from "../support/oas.js";

// Issue 19: every operation of the contract that concerns a user is in the graph; only role,
// organization and resource-server administration proper stay out, and the README says which. The
// graph reaches Auth0 only through the client's named methods (src/upstream/client.ts), called from
// the schema's resolvers and the loaders, so reading those sources tells which operations it calls.

/** The operations the graph does not call, by design: the README's "What the graph covers" table lists the same. */
const STAYING_OUT = [
  "POST /roles",
  "PATCH /roles/{id}",
  "DELETE /roles/{id}",
  "POST /roles/{id}/permissions",
  "DELETE /roles/{id}/permissions",
  "PATCH /organizations/{id}",
  "DELETE /organizations/{id}",
  "GET /resource-servers",
  "POST /resource-servers",
];

const source = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const sourcesUnder = (dir: string) =>
  readdirSync(new URL(`../../${dir}`, import.meta.url), { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".ts"))
    .map((name) => source(`${dir}/${name}`));

/** Each named client method → the operations (`METHOD /route`) its body calls. */
function clientMethods(): Map<string, string[]> {
  const methods = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of source("src/upstream/client.ts").split("\n")) {
    const header = /^ {2}(?:async )?(\w+)(?:<[^>]*>)?\(/.exec(line);
    if (header) {
      current = [];
      methods.set(header[1]!, current);
    }
    current?.push(line);
  }
  return new Map(
    [...methods].map(([name, lines]) => [
      name,
      // `this.call` for JSON operations, `this.send` for the few others (the multipart import).
      [...lines.join("\n").matchAll(/this\.(?:call|send)\(\s*"(\w+)",\s*"([^"]+)"/g)].map(
        ([, method, route]) => `${method!.toUpperCase()} ${route}`,
      ),
    ]),
  );
}

/** The operations the graph calls: those of every client method its resolvers and loaders call. */
function graphOperations(): Set<string> {
  const methods = clientMethods();
  const called = new Set<string>();
  for (const text of [...sourcesUnder("src/schema"), ...sourcesUnder("src/loaders")]) {
    for (const [, name] of text.matchAll(/client\s*\.(\w+)\(/g)) for (const operation of methods.get(name!) ?? []) called.add(operation);
  }
  return called;
}

const contractOperations = Object.entries(oas.paths).flatMap(([path, operations]) =>
  Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
);

describe("what the graph covers of the contract", () => {
  it("reads the client's methods and their operations", () => {
    // Guards the reading itself: a method and its operation known to be there.
    expect(clientMethods().get("assignRoleUsers")).toEqual(["POST /roles/{id}/users"]);
    expect(graphOperations().has("GET /users/{id}")).toBe(true);
    // The generic `client.request(method, route)` would escape this reading: the graph uses named methods only.
    for (const text of [...sourcesUnder("src/schema"), ...sourcesUnder("src/loaders")]) expect(text).not.toMatch(/client\s*\.request\(/);
  });

  it("calls every operation of the contract but role, organization and resource-server administration", () => {
    const called = graphOperations();
    const missing = contractOperations.filter((operation) => !called.has(operation) && !STAYING_OUT.includes(operation));
    expect(missing, "operations of the contract the graph does not call").toEqual([]);
    const calledAnyway = STAYING_OUT.filter((operation) => called.has(operation));
    expect(calledAnyway, "operations said to stay out that the graph calls").toEqual([]);
    for (const operation of STAYING_OUT) expect(contractOperations, operation).toContain(operation);
  });

  it("leaves out exactly what the README's table says, and no operation on a user", () => {
    const readme = source("README.md");
    const section = readme.slice(readme.indexOf("### What the graph covers"), readme.indexOf("## Changelog"));
    const listed = section
      .split("\n")
      .filter((line) => line.startsWith("| `"))
      .flatMap((line) => line.split("|")[1]!.match(/`[^`]+`/g) ?? [])
      .join(" ");
    for (const operation of STAYING_OUT) {
      const [method, route] = operation.split(" ");
      expect(listed, `${operation} in the README's table`).toContain(route!);
      expect(listed, `${method} in the README's table`).toContain(method!);
    }
    for (const operation of STAYING_OUT) expect(operation).not.toMatch(/users|sessions|refresh-tokens|user-blocks/);
    const outside = contractOperations.filter((operation) => !/ \/(jobs|tickets)/.test(operation));
    expect(section).toContain(`Of the contract's ${outside.length} operations besides jobs and tickets, the graph calls`);
    expect(section).toContain(`calls ${outside.length - STAYING_OUT.length}`);
  });
});
