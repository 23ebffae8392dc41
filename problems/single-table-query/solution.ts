export interface Key {
  PK: string;
  SK: string;
}

export interface Item extends Key {
  [attribute: string]: unknown;
}

export interface QueryOptions {
  beginsWith?: string;
  between?: [low: string, high: string];
  limit?: number;
  scanForward?: boolean;
  exclusiveStartKey?: Key;
}

export interface QueryResult {
  items: Item[];
  lastEvaluatedKey?: Key;
}

/** Compares by Unicode code point, as DynamoDB compares UTF-8 bytes (not UTF-16 code units, as `<` does). */
function compareCodePoints(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(j)!;
    if (x !== y) return x < y ? -1 : 1;
    i += x > 0xffff ? 2 : 1;
    j += y > 0xffff ? 2 : 1;
  }
  return (a.length - i > 0 ? 1 : 0) - (b.length - j > 0 ? 1 : 0);
}

function validationError(reason: string): Error {
  return new Error(`ValidationException: ${reason}`);
}

/** DynamoDB Query semantics over an in-memory array of items. */
export function query(items: Item[], pk: string, options: QueryOptions = {}): QueryResult {
  const { beginsWith, between, limit, scanForward = true, exclusiveStartKey } = options;
  if (beginsWith !== undefined && between !== undefined) {
    throw validationError("use only one sort key condition: beginsWith or between");
  }
  if (between && compareCodePoints(between[0], between[1]) > 0) {
    throw validationError("between: the low bound is greater than the high bound");
  }
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) {
    throw validationError(`limit must be a positive integer, got ${limit}`);
  }
  if (exclusiveStartKey && exclusiveStartKey.PK !== pk) {
    throw validationError("exclusiveStartKey belongs to another partition");
  }

  const direction = scanForward ? 1 : -1;
  const matches = items
    .filter((item) => {
      if (item.PK !== pk) return false;
      if (beginsWith !== undefined) return item.SK.startsWith(beginsWith);
      if (between) return compareCodePoints(between[0], item.SK) <= 0 && compareCodePoints(item.SK, between[1]) <= 0;
      return true;
    })
    .filter((item) => !exclusiveStartKey || direction * compareCodePoints(item.SK, exclusiveStartKey.SK) > 0)
    .sort((a, b) => direction * compareCodePoints(a.SK, b.SK));

  const page = limit === undefined ? matches : matches.slice(0, limit);
  const last = page[page.length - 1];
  return page.length < matches.length && last ? { items: page, lastEvaluatedKey: { PK: last.PK, SK: last.SK } } : { items: page };
}
