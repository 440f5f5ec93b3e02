DROP INDEX `partnership_members_unit_code_idx`;--> statement-breakpoint
CREATE INDEX `partnership_members_unit_code_partnership_id_idx` ON `partnership_members` (`unit_code`,`partnership_id`);--> statement-breakpoint
DROP INDEX `practice_units_unit_code_idx`;--> statement-breakpoint
CREATE INDEX `practice_units_unit_code_practice_id_idx` ON `practice_units` (`unit_code`,`practice_id`);--> statement-breakpoint
CREATE INDEX `partnerships_status_kind_sort_key_idx` ON `partnerships` (`status`,`kind`,`sort_key`);--> statement-breakpoint
CREATE INDEX `practices_status_section_sort_key_idx` ON `practices` (`status`,`section`,`sort_key`);