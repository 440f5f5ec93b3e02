CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `units` (
	`code` text PRIMARY KEY NOT NULL,
	`level` text NOT NULL,
	`name` text NOT NULL,
	`gmina_type` integer,
	`woj_code` text NOT NULL,
	`pow_code` text,
	`geometry` text,
	`label_lon` real,
	`label_lat` real,
	`min_lon` real,
	`min_lat` real,
	`max_lon` real,
	`max_lat` real,
	`area_km2` real,
	`population` integer,
	`population_year` integer,
	`has_geometry` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE INDEX `units_level_idx` ON `units` (`level`);--> statement-breakpoint
CREATE INDEX `units_woj_code_idx` ON `units` (`woj_code`);--> statement-breakpoint
CREATE INDEX `units_pow_code_idx` ON `units` (`pow_code`);