CREATE TABLE `attachments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`practice_id` integer NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`file_name` text NOT NULL,
	`title` text,
	`file_type` text,
	`size_bytes` integer,
	`url` text,
	`stored_path` text,
	FOREIGN KEY (`practice_id`) REFERENCES `practices`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `attachments_practice_id_idx` ON `attachments` (`practice_id`);--> statement-breakpoint
CREATE TABLE `partnership_members` (
	`partnership_id` integer NOT NULL,
	`unit_code` text NOT NULL,
	`role` text DEFAULT 'member' NOT NULL,
	`joined` text,
	`left` text,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`unit_code`) REFERENCES `units`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `partnership_members_partnership_id_unit_code_idx` ON `partnership_members` (`partnership_id`,`unit_code`);--> statement-breakpoint
CREATE INDEX `partnership_members_unit_code_idx` ON `partnership_members` (`unit_code`);--> statement-breakpoint
CREATE TABLE `partnership_other_members` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partnership_id` integer NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`country` text,
	`town` text,
	`role` text DEFAULT 'member' NOT NULL,
	`note` text,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `partnership_other_members_partnership_id_idx` ON `partnership_other_members` (`partnership_id`);--> statement-breakpoint
CREATE TABLE `partnerships` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`start_date` text,
	`end_date` text,
	`website` text,
	`description` text,
	`extra` text DEFAULT '{}' NOT NULL,
	`status` text DEFAULT 'published' NOT NULL,
	`geometry` text,
	`area_km2` real,
	`min_lon` real,
	`min_lat` real,
	`max_lon` real,
	`max_lat` real,
	`label_lon` real,
	`label_lat` real,
	`population` integer,
	`members_without_geometry` text DEFAULT '[]' NOT NULL,
	`geometry_updated_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `partnerships_slug_unique` ON `partnerships` (`slug`);--> statement-breakpoint
CREATE INDEX `partnerships_kind_idx` ON `partnerships` (`kind`);--> statement-breakpoint
CREATE TABLE `practice_partners` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`practice_id` integer NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`unit_code` text,
	`note` text,
	FOREIGN KEY (`practice_id`) REFERENCES `practices`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`unit_code`) REFERENCES `units`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `practice_partners_practice_id_idx` ON `practice_partners` (`practice_id`);--> statement-breakpoint
CREATE TABLE `practice_partnerships` (
	`practice_id` integer NOT NULL,
	`partnership_id` integer NOT NULL,
	FOREIGN KEY (`practice_id`) REFERENCES `practices`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `practice_partnerships_practice_id_partnership_id_idx` ON `practice_partnerships` (`practice_id`,`partnership_id`);--> statement-breakpoint
CREATE INDEX `practice_partnerships_partnership_id_idx` ON `practice_partnerships` (`partnership_id`);--> statement-breakpoint
CREATE TABLE `practice_units` (
	`practice_id` integer NOT NULL,
	`unit_code` text NOT NULL,
	`role` text DEFAULT 'partner' NOT NULL,
	FOREIGN KEY (`practice_id`) REFERENCES `practices`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`unit_code`) REFERENCES `units`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `practice_units_practice_id_unit_code_idx` ON `practice_units` (`practice_id`,`unit_code`);--> statement-breakpoint
CREATE INDEX `practice_units_unit_code_idx` ON `practice_units` (`unit_code`);--> statement-breakpoint
CREATE TABLE `practices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`art_id` integer,
	`source_url` text,
	`title` text NOT NULL,
	`section` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`presentation` text,
	`keywords` text DEFAULT '[]' NOT NULL,
	`status` text DEFAULT 'published' NOT NULL,
	`date_added` text,
	`date_updated` text,
	`unit_type` text,
	`locality` text,
	`powiat_name` text,
	`wojewodztwo_name` text,
	`postal_code` text,
	`post_office` text,
	`implementing_unit` text,
	`street` text,
	`phone` text,
	`websites` text DEFAULT '[]' NOT NULL,
	`population` integer,
	`contacts` text DEFAULT '[]' NOT NULL,
	`unit_code` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`unit_code`) REFERENCES `units`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `practices_slug_unique` ON `practices` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `practices_art_id_unique` ON `practices` (`art_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `practices_source_url_unique` ON `practices` (`source_url`);--> statement-breakpoint
CREATE INDEX `practices_section_idx` ON `practices` (`section`);--> statement-breakpoint
CREATE INDEX `practices_unit_code_idx` ON `practices` (`unit_code`);--> statement-breakpoint
CREATE INDEX `practices_status_idx` ON `practices` (`status`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`practice_id` integer,
	`partnership_id` integer,
	`name` text NOT NULL,
	`url` text,
	`verified_at` text,
	FOREIGN KEY (`practice_id`) REFERENCES `practices`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "sources_one_owner" CHECK(("sources"."practice_id" IS NULL) <> ("sources"."partnership_id" IS NULL))
);
--> statement-breakpoint
CREATE INDEX `sources_practice_id_idx` ON `sources` (`practice_id`);--> statement-breakpoint
CREATE INDEX `sources_partnership_id_idx` ON `sources` (`partnership_id`);