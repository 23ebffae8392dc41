CREATE TABLE `answers` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`rubric_id` text NOT NULL,
	`rubric_version` text NOT NULL,
	`answer` text NOT NULL,
	`diagram` text,
	`total` integer NOT NULL,
	`score` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "answers_total_in_range" CHECK("answers"."total" >= 0 AND "answers"."total" <= 100)
);
--> statement-breakpoint
CREATE INDEX `answers_user_rubric_created_idx` ON `answers` (`user_id`,`rubric_id`,`created_at`);