export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type FetchPage<T> = (cursor: string | null) => Promise<Page<T>>;

export interface PaginateOptions {
  /** Default 1000. */
  maxPages?: number;
  /** Minimum time between the starts of two fetches. Default 0. */
  minIntervalMs?: number;
}

export class PaginationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PaginationError";
  }
}

/** Yields every item of every page, fetching pages lazily by following cursors. */
export async function* paginate<T>(fetchPage: FetchPage<T>, options: PaginateOptions = {}): AsyncGenerator<T, void, undefined> {
  // Placeholder: only the first page.
  void options;
  const page = await fetchPage(null);
  for (const item of page.items) yield item;
}
