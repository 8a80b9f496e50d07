/**
 * A factory of objects whose members are made on first use, from the argument the object was made
 * with. An operation touches a few of the graph's twenty-odd loaders; the rest are never built.
 * The getters live on one prototype, so making an object costs one allocation, not one per member.
 */
export function lazyMembers<T extends Record<string, (arg: never) => object>>(makers: T) {
  type A = Parameters<T[keyof T]>[0];
  type Members = { readonly [K in keyof T]: ReturnType<T[K]> };
  class Lazy {
    readonly made = new Map<string, object>();
    constructor(readonly arg: A) {}
  }
  for (const [key, make] of Object.entries(makers)) {
    Object.defineProperty(Lazy.prototype, key, {
      get(this: Lazy) {
        let member = this.made.get(key);
        if (member === undefined) {
          member = (make as (arg: A) => object)(this.arg);
          this.made.set(key, member);
        }
        return member;
      },
    });
  }
  return (arg: A) => {
    const lazy = new Lazy(arg);
    return {
      members: lazy as unknown as Members,
      /** The members made so far, by name. */
      made: <K extends keyof T & string>(name: K): ReturnType<T[K]> | undefined => lazy.made.get(name) as ReturnType<T[K]> | undefined,
    };
  };
}
