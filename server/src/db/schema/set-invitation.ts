import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "./auth.ts";
import { problemSets } from "./problem-set.ts";
import { timestampNow, uuidPrimaryKey } from "./columns.ts";

/**
 * A link that lets candidates into one set. Only the SHA-256 of the token is stored: the token
 * is shown once, to the lead who made it, and a leaked database cannot be replayed as links.
 */
export const setInvitations = sqliteTable(
  "set_invitations",
  {
    id: uuidPrimaryKey(),
    setId: text("set_id")
      .notNull()
      .references(() => problemSets.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    /** For the lead's list only ("for Ada", "batch 3"). */
    label: text("label").notNull().default(""),
    /** When set, only an account with this email may use the link. */
    email: text("email"),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    maxUses: integer("max_uses").notNull(),
    uses: integer("uses").notNull().default(0),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestampNow("created_at"),
  },
  (table) => [uniqueIndex("set_invitations_token_hash_idx").on(table.tokenHash), index("set_invitations_set_idx").on(table.setId)],
);

export type SetInvitationRow = typeof setInvitations.$inferSelect;
