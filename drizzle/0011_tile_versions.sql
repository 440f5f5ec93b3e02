CREATE TABLE `tile_versions` (
	`tile_set` text NOT NULL,
	`version` text NOT NULL,
	`served_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`tile_set`, `version`)
);
