import { integer, text } from "drizzle-orm/sqlite-core";

/** A random UUID primary key, filled in on insert. */
export const uuidPrimaryKey = () =>
  text("id")
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID());

/** A millisecond timestamp column, filled in with now on insert (`created_at`, `updated_at`). */
export const timestampNow = (name: string) =>
  integer(name, { mode: "timestamp_ms" })
    .notNull()
    .$defaultFn(() => new Date());
