import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

type Fragments = Readonly<Record<string, FragmentDefinitionNode>>;

/** Whether the field being resolved selects `name` directly (through fragments too). */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return selectedFieldNames(info.fieldNodes, info.fragments).has(name);
}

/**
 * The names of the fields these field nodes select directly (through fragments too; `@skip` and
 * `@include` are not evaluated, so a field that might be selected counts). The upstream cost
 * estimate reads selections the same way.
 */
export function selectedFieldNames(fieldNodes: readonly FieldNode[], fragments: Fragments): ReadonlySet<string> {
  const known = namesOf.get(fieldNodes);
  if (known) return known;
  const names = new Set<string>();
  for (const node of fieldNodes) collectNames(node.selectionSet, fragments, names, new Set());
  namesOf.set(fieldNodes, names);
  return names;
}

/**
 * Names by field nodes. graphql-js hands every item of a list the same `fieldNodes` array (it
 * memoises collected subfields), so a nested connection under 50 users walks its selection once
 * rather than 50 times. The array belongs to one document, hence one set of fragments.
 */
const namesOf = new WeakMap<readonly FieldNode[], ReadonlySet<string>>();

function collectNames(set: SelectionSetNode | undefined, fragments: Fragments, into: Set<string>, seen: Set<string>): void {
  if (!set) return;
  for (const selection of set.selections) {
    switch (selection.kind) {
      case Kind.FIELD:
        into.add(selection.name.value);
        break;
      case Kind.INLINE_FRAGMENT:
        collectNames(selection.selectionSet, fragments, into, seen);
        break;
      case Kind.FRAGMENT_SPREAD:
        if (!seen.has(selection.name.value)) {
          seen.add(selection.name.value);
          collectNames(fragments[selection.name.value]?.selectionSet, fragments, into, seen);
        }
        break;
    }
  }
}
