import { type Client, createClient } from "@libsql/client";
import { drizzle, type LibSQLDatabase } from "drizzle-orm/libsql";
import * as schema from "./schema/index.ts";

export type Db = LibSQLDatabase<typeof schema> & { $client: Client };

export interface DbConfig {
  /** `file:data/rehearse.db`, `:memory:`, or a remote `libsql://` URL. */
  url: string;
  authToken?: string;
}

/** How long a local write waits for another process's write lock (a second instance, a backup) before SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5_000;

export function createDb({ url, authToken }: DbConfig): Db {
  const client = createClient({ url, timeout: BUSY_TIMEOUT_MS, ...(authToken === undefined ? {} : { authToken }) });
  return drizzle({ client, schema });
}
