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

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Yields every item of every page, fetching pages lazily by following cursors. */
export async function* paginate<T>(fetchPage: FetchPage<T>, options: PaginateOptions = {}): AsyncGenerator<T, void, undefined> {
  const { maxPages = 1_000, minIntervalMs = 0 } = options;
  if (!Number.isInteger(maxPages) || maxPages < 1) {
    throw new RangeError(`maxPages must be a positive integer, got ${maxPages}`);
  }
  if (!Number.isFinite(minIntervalMs) || minIntervalMs < 0) {
    throw new RangeError(`minIntervalMs must be a non-negative finite number, got ${minIntervalMs}`);
  }

  const usedCursors = new Set<string>();
  let cursor: string | null = null;
  let pages = 0;
  let lastStart: number | undefined;

  do {
    if (pages === maxPages) {
      throw new PaginationError(`stopped after ${maxPages} pages: the API still returned a cursor`);
    }
    if (cursor !== null) {
      if (usedCursors.has(cursor)) throw new PaginationError(`the API returned cursor "${cursor}" twice`);
      usedCursors.add(cursor);
    }
    if (lastStart !== undefined) {
      const wait = lastStart + minIntervalMs - Date.now();
      if (wait > 0) await sleep(wait);
    }
    lastStart = Date.now();
    pages++;
    const page: Page<T> = await fetchPage(cursor);
    // A generator suspends at each yield: the next page is fetched only on demand.
    for (const item of page.items) yield item;
    cursor = page.nextCursor;
  } while (cursor !== null);
}
