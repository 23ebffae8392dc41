export interface FieldSelection {
  name: string;
  alias?: string;
  selections?: Selection[];
}

export interface InlineFragment {
  on: string;
  selections: Selection[];
}

export type Selection = FieldSelection | InlineFragment;

/** Shapes resolved data like a GraphQL response to the given selection set. */
export function applySelection(data: unknown, selections: Selection[]): unknown {
  // Placeholder: picks top-level fields by name, ignoring aliases, nesting and fragments.
  const source = data as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const selection of selections) {
    if ("name" in selection) result[selection.name] = source[selection.name];
  }
  return result;
}
