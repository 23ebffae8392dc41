import { type Client, createClient } from "@libsql/client";
import { drizzle, type LibSQLDatabase } from "drizzle-orm/libsql";
import * as schema from "./schema/index.ts";

export type Db = LibSQLDatabase<typeof schema> & { $client: Client };

/** Told how long each database call took (seconds), failed ones too: for the query-time metric. */
export type QueryTimer = (op: "execute" | "batch", seconds: number) => void;

export interface DbConfig {
  /** `file:data/rehearse.db`, `:memory:`, or a remote `libsql://` URL. */
  url: string;
  authToken?: string;
  onQuery?: QueryTimer;
}

/** How long a local write waits for another process's write lock (a second instance, a backup) before SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5_000;

export function createDb({ url, authToken, onQuery }: DbConfig): Db {
  const client = createClient({ url, timeout: BUSY_TIMEOUT_MS, ...(authToken === undefined ? {} : { authToken }) });
  if (onQuery) timeQueries(client, onQuery);
  return drizzle({ client, schema });
}

/**
 * Times the client's two entry points drizzle calls (drizzle's logger hook sees the SQL, not how
 * long it took). Two clock reads per call; transactions' statements are not timed one by one.
 */
function timeQueries(client: Client, onQuery: QueryTimer): void {
  const execute = client.execute.bind(client) as (...args: unknown[]) => Promise<unknown>;
  const batch = client.batch.bind(client);
  const timed = async <T>(op: "execute" | "batch", run: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await run();
    } finally {
      onQuery(op, (performance.now() - started) / 1000);
    }
  };
  client.execute = ((...args: unknown[]) => timed("execute", () => execute(...args))) as Client["execute"];
  client.batch = ((...args: Parameters<Client["batch"]>) => timed("batch", () => batch(...args))) as Client["batch"];
}
