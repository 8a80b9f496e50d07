import { describe, expect, it } from "vitest";
import { sharedUpstreamEmulator } from "./support.js";

// Query strings are built without a URLSearchParams per call (most pairs have nothing to encode);
// what reaches the tenant must still be exactly what URLSearchParams encodes, for every character.

const upstream = sharedUpstreamEmulator({ users: 5, seed: 3, client: {} });

const SEARCHES = [
  'email:"a.b-c_d*@example.com"',
  'name:"J* AND x" OR logins_count:[1 TO 5]',
  'user_id:"auth0|abc~def + x&y=z?#/%20%"',
  'nickname:"Zoë 東京 🙂"',
  "nickname:plain_word.with-safe_chars*",
  `name:"'!()~"`,
];

describe("query strings on the wire", () => {
  it("are what URLSearchParams encodes, pair by pair, in the order given", async () => {
    const { client, emulator } = upstream;
    for (const q of SEARCHES) {
      const sort = "email:1";
      await client.searchUsers({ q, sort, page: 0, perPage: 5, includeTotals: true, fields: ["user_id", "email"], includeFields: true });
      const sent = emulator.requests().at(-1)!.url;
      const expected = new URLSearchParams([
        ["q", q],
        ["search_engine", "v3"],
        ["sort", sort],
        ["page", "0"],
        ["per_page", "5"],
        ["include_totals", "true"],
        ["fields", "user_id,email"],
        ["include_fields", "true"],
      ]).toString();
      expect(sent).toBe(`/api/v2/users?${expected}`);
    }
  });
});
