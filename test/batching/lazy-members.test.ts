import { describe, expect, it } from "vitest";
import { lazyMembers } from "../../src/loaders/lazy-members.js";

describe("lazyMembers", () => {
  it("makes a member on first use only, once per object, from that object's argument", () => {
    const makes: string[] = [];
    const make = lazyMembers({
      a: (arg: { name: string }) => {
        makes.push(`a:${arg.name}`);
        return { of: arg.name };
      },
      b: (arg: { name: string }) => {
        makes.push(`b:${arg.name}`);
        return { of: arg.name };
      },
    });
    const first = make({ name: "first" });
    const second = make({ name: "second" });
    expect(makes).toEqual([]);
    expect(first.made("a")).toBeUndefined();

    expect(first.members.a).toEqual({ of: "first" });
    expect(first.members.a).toBe(first.members.a);
    expect(second.members.a).toEqual({ of: "second" });
    expect(makes).toEqual(["a:first", "a:second"]);
    expect(first.made("a")).toBe(first.members.a);
    expect(first.made("b")).toBeUndefined();
  });
});
