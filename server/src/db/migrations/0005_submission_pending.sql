PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_submissions` (
	`id` text PRIMARY KEY NOT NULL,
	`problem_slug` text NOT NULL,
	`mode` text NOT NULL,
	`status` text DEFAULT 'judged' NOT NULL,
	`verdict` text,
	`passed` integer NOT NULL,
	`total` integer NOT NULL,
	`runtime_ms` integer NOT NULL,
	`code` text NOT NULL,
	`user_id` text,
	`time_taken_ms` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "submissions_passed_within_total" CHECK("__new_submissions"."passed" >= 0 AND "__new_submissions"."passed" <= "__new_submissions"."total"),
	CONSTRAINT "submissions_verdict_once_judged" CHECK(("__new_submissions"."status" = 'pending') = ("__new_submissions"."verdict" IS NULL))
);
--> statement-breakpoint
INSERT INTO `__new_submissions`("id", "problem_slug", "mode", "verdict", "passed", "total", "runtime_ms", "code", "user_id", "time_taken_ms", "created_at") SELECT "id", "problem_slug", "mode", "verdict", "passed", "total", "runtime_ms", "code", "user_id", "time_taken_ms", "created_at" FROM `submissions`;--> statement-breakpoint
DROP TABLE `submissions`;--> statement-breakpoint
ALTER TABLE `__new_submissions` RENAME TO `submissions`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `submissions_problem_created_idx` ON `submissions` (`problem_slug`,`created_at`);--> statement-breakpoint
CREATE INDEX `submissions_user_problem_created_idx` ON `submissions` (`user_id`,`problem_slug`,`created_at`);--> statement-breakpoint
CREATE INDEX `submissions_pending_idx` ON `submissions` (`created_at`) WHERE "submissions"."status" = 'pending';