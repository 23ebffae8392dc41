CREATE TABLE `model_answer_reveals` (
	`user_id` text NOT NULL,
	`rubric_id` text NOT NULL,
	`revealed_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `rubric_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `answers` ADD `after_model_answer` integer DEFAULT false NOT NULL;