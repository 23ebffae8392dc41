CREATE TABLE `submissions` (
	`id` text PRIMARY KEY NOT NULL,
	`problem_slug` text NOT NULL,
	`mode` text NOT NULL,
	`verdict` text NOT NULL,
	`passed` integer NOT NULL,
	`total` integer NOT NULL,
	`runtime_ms` integer NOT NULL,
	`code` text NOT NULL,
	`created_at` integer NOT NULL,
	CONSTRAINT "submissions_passed_within_total" CHECK("submissions"."passed" >= 0 AND "submissions"."passed" <= "submissions"."total")
);
--> statement-breakpoint
CREATE INDEX `submissions_problem_created_idx` ON `submissions` (`problem_slug`,`created_at`);