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

/** DynamoDB Query semantics over an in-memory array of items. */
export function query(items: Item[], pk: string, options: QueryOptions = {}): QueryResult {
  // Placeholder: the right partition, but no conditions, order or pagination.
  void options;
  return { items: items.filter((item) => item.PK === pk) };
}
