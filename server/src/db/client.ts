import { type Client, createClient } from "@libsql/client";
import { drizzle, type LibSQLDatabase } from "drizzle-orm/libsql";
import * as schema from "./schema/index.ts";

export type Db = LibSQLDatabase<typeof schema> & { $client: Client };

export interface DbConfig {
  /** `file:data/rehearse.db`, `:memory:`, or a remote `libsql://` URL. */
  url: string;
  authToken?: string;
}

export function createDb({ url, authToken }: DbConfig): Db {
  const client = createClient(authToken === undefined ? { url } : { url, authToken });
  return drizzle({ client, schema });
}
