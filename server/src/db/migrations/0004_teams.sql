CREATE TABLE `invitations` (
	`id` text PRIMARY KEY NOT NULL,
	`organization_id` text NOT NULL,
	`email` text NOT NULL,
	`role` text,
	`status` text DEFAULT 'pending' NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	`inviter_id` text NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`inviter_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `invitations_organizationId_idx` ON `invitations` (`organization_id`);--> statement-breakpoint
CREATE INDEX `invitations_email_idx` ON `invitations` (`email`);--> statement-breakpoint
CREATE TABLE `members` (
	`id` text PRIMARY KEY NOT NULL,
	`organization_id` text NOT NULL,
	`user_id` text NOT NULL,
	`role` text DEFAULT 'member' NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `members_organizationId_idx` ON `members` (`organization_id`);--> statement-breakpoint
CREATE INDEX `members_userId_idx` ON `members` (`user_id`);--> statement-breakpoint
CREATE TABLE `organizations` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`slug` text NOT NULL,
	`logo` text,
	`created_at` integer NOT NULL,
	`metadata` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organizations_slug_unique` ON `organizations` (`slug`);--> statement-breakpoint
CREATE TABLE `attempt_items` (
	`id` text PRIMARY KEY NOT NULL,
	`attempt_id` text NOT NULL,
	`position` integer NOT NULL,
	`source` text NOT NULL,
	`ref` text NOT NULL,
	`kind` text NOT NULL,
	`version_id` text,
	`bank_version` text,
	`title` text NOT NULL,
	`points` integer NOT NULL,
	`draft` text,
	`scene` text,
	`saved_at` integer,
	`verdict` text,
	`passed` integer,
	`total` integer,
	`score` integer,
	`awarded_points` real,
	`result` text,
	`feedback` text,
	`submitted_at` integer,
	FOREIGN KEY (`attempt_id`) REFERENCES `attempts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`version_id`) REFERENCES `team_problem_versions`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attempt_items_attempt_position_idx` ON `attempt_items` (`attempt_id`,`position`);--> statement-breakpoint
CREATE TABLE `attempts` (
	`id` text PRIMARY KEY NOT NULL,
	`set_id` text NOT NULL,
	`invitation_id` text,
	`user_id` text NOT NULL,
	`status` text NOT NULL,
	`time_limit_minutes` integer NOT NULL,
	`started_at` integer,
	`deadline_at` integer,
	`closed_at` integer,
	`awarded_points` real,
	`max_points` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`set_id`) REFERENCES `problem_sets`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`invitation_id`) REFERENCES `set_invitations`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attempts_set_user_idx` ON `attempts` (`set_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `attempts_user_idx` ON `attempts` (`user_id`);--> statement-breakpoint
CREATE TABLE `problem_set_items` (
	`id` text PRIMARY KEY NOT NULL,
	`set_id` text NOT NULL,
	`position` integer NOT NULL,
	`source` text NOT NULL,
	`ref` text NOT NULL,
	`kind` text NOT NULL,
	`points` integer NOT NULL,
	FOREIGN KEY (`set_id`) REFERENCES `problem_sets`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `problem_set_items_set_position_idx` ON `problem_set_items` (`set_id`,`position`);--> statement-breakpoint
CREATE TABLE `problem_sets` (
	`id` text PRIMARY KEY NOT NULL,
	`organization_id` text NOT NULL,
	`title` text NOT NULL,
	`instructions` text DEFAULT '' NOT NULL,
	`time_limit_minutes` integer NOT NULL,
	`results_visible_to_candidate` integer DEFAULT false NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `problem_sets_org_idx` ON `problem_sets` (`organization_id`);--> statement-breakpoint
CREATE TABLE `set_invitations` (
	`id` text PRIMARY KEY NOT NULL,
	`set_id` text NOT NULL,
	`token_hash` text NOT NULL,
	`label` text DEFAULT '' NOT NULL,
	`email` text,
	`expires_at` integer NOT NULL,
	`max_uses` integer NOT NULL,
	`uses` integer DEFAULT 0 NOT NULL,
	`revoked_at` integer,
	`created_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`set_id`) REFERENCES `problem_sets`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `set_invitations_token_hash_idx` ON `set_invitations` (`token_hash`);--> statement-breakpoint
CREATE INDEX `set_invitations_set_idx` ON `set_invitations` (`set_id`);--> statement-breakpoint
CREATE TABLE `team_problem_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`problem_id` text NOT NULL,
	`version` integer NOT NULL,
	`status` text NOT NULL,
	`files` text NOT NULL,
	`validation` text NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`problem_id`) REFERENCES `team_problems`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `team_problem_versions_problem_version_idx` ON `team_problem_versions` (`problem_id`,`version`);--> statement-breakpoint
CREATE INDEX `team_problem_versions_problem_idx` ON `team_problem_versions` (`problem_id`);--> statement-breakpoint
CREATE TABLE `team_problems` (
	`id` text PRIMARY KEY NOT NULL,
	`organization_id` text NOT NULL,
	`slug` text NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`latest_version` integer NOT NULL,
	`published_version` integer,
	`created_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `team_problems_org_slug_idx` ON `team_problems` (`organization_id`,`slug`);--> statement-breakpoint
ALTER TABLE `sessions` ADD `active_organization_id` text;