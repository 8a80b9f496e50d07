import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

/** Whether the field being resolved selects `name` directly (through fragments too). */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return info.fieldNodes.some((node) => setSelects(info, node.selectionSet, name));
}

function setSelects(info: GraphQLResolveInfo, set: SelectionSetNode | undefined, name: string): boolean {
  if (!set) return false;
  return set.selections.some((selection) => {
    switch (selection.kind) {
      case Kind.FIELD:
        return (selection as FieldNode).name.value === name;
      case Kind.INLINE_FRAGMENT:
        return setSelects(info, selection.selectionSet, name);
      case Kind.FRAGMENT_SPREAD:
        return setSelects(info, info.fragments[selection.name.value]?.selectionSet, name);
      default:
        return false;
    }
  });
}
