ALTER TABLE `partnerships` ADD `sort_key` text;--> statement-breakpoint
CREATE INDEX `partnerships_status_sort_key_idx` ON `partnerships` (`status`,`sort_key`);--> statement-breakpoint
ALTER TABLE `practices` ADD `sort_key` text;--> statement-breakpoint
CREATE INDEX `practices_status_sort_key_idx` ON `practices` (`status`,`sort_key`);