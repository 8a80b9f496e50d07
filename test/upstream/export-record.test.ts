import { describe, expect, it } from "vitest";
import { csvValue, exportedUser, fieldPaths } from "../../src/upstream/export-record.js";

describe("an export row as a user", () => {
  it("maps export_as names and field paths back to nested attributes", () => {
    const paths = fieldPaths([
      { name: "user_id", export_as: "id" },
      { name: "user_metadata.country" },
      { name: "identities[0].connection", export_as: "connection" },
    ]);
    expect(exportedUser({ id: "auth0|1", "user_metadata.country": "FR", connection: "db", absent: undefined }, paths)).toEqual({
      user_id: "auth0|1",
      user_metadata: { country: "FR" },
      identities: [{ connection: "db" }],
    });
  });

  it("undoes the OWASP escaping of a CSV cell and types it back by its attribute", () => {
    expect(csvValue("given_name", "'=1+2")).toBe("=1+2");
    expect(csvValue("given_name", "'-5")).toBe("-5");
    expect(csvValue("given_name", "'@home")).toBe("@home");
    expect(csvValue("nickname", "'quoted")).toBe("'quoted");
    expect(csvValue("name", "")).toBeUndefined();
    expect(csvValue("email_verified", "true")).toBe(true);
    expect(csvValue("blocked", "false")).toBe(false);
    expect(csvValue("name", "true")).toBe("true");
    expect(csvValue("logins_count", "12")).toBe(12);
    expect(csvValue("user_metadata.zip", "01234")).toBe("01234");
    expect(csvValue("identities[0].isSocial", "false")).toBe(false);
    expect(csvValue("user_metadata.preferences", '{"theme":"dark"}')).toEqual({ theme: "dark" });
    expect(csvValue("identities", '[{"provider":"auth0"}]')).toEqual([{ provider: "auth0" }]);
    expect(csvValue("name", "[1]")).toBe("[1]");
    expect(csvValue("user_metadata.note", "{not json")).toBe("{not json");
  });
});
