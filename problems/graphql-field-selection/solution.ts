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

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A response key with the field it reads and every sub-selection requested for it. */
interface CollectedField {
  name: string;
  leaf: boolean;
  selections: Selection[];
}

/** Flattens fragments that apply to this object and merges fields sharing a response key. */
function collectFields(object: Record<string, unknown>, selections: Selection[], into: Map<string, CollectedField>, path: string): void {
  for (const selection of selections) {
    if ("on" in selection) {
      if (object.__typename === selection.on) collectFields(object, selection.selections, into, path);
      continue;
    }
    const key = selection.alias ?? selection.name;
    const leaf = selection.selections === undefined;
    const existing = into.get(key);
    if (!existing) {
      into.set(key, { name: selection.name, leaf, selections: [...(selection.selections ?? [])] });
    } else if (existing.name !== selection.name || existing.leaf !== leaf) {
      throw new Error(`Fields conflict at ${join(path, key)}: "${existing.name}" and "${selection.name}" cannot share a response key`);
    } else {
      existing.selections.push(...(selection.selections ?? []));
    }
  }
}

function join(path: string, key: string | number): string {
  return path === "" ? String(key) : `${path}.${key}`;
}

/** Completes a value that has a selection set: null stays null, lists map, objects recurse. */
function complete(value: unknown, selections: Selection[], path: string): Json {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map((item, i) => complete(item, selections, join(path, i)));
  if (typeof value !== "object") throw new TypeError(`Expected an object at ${path === "" ? "(root)" : path}`);

  const object = value as Record<string, unknown>;
  const fields = new Map<string, CollectedField>();
  collectFields(object, selections, fields, path);
  const result: { [key: string]: Json } = {};
  for (const [key, field] of fields) {
    const fieldValue = object[field.name];
    result[key] = field.leaf ? ((fieldValue ?? null) as Json) : complete(fieldValue, field.selections, join(path, key));
  }
  return result;
}

/** Shapes resolved data like a GraphQL response to the given selection set. */
export function applySelection(data: unknown, selections: Selection[]): unknown {
  return complete(data, selections, "");
}
