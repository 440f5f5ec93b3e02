ALTER TABLE `partnerships` ADD `name_lang` text;--> statement-breakpoint
ALTER TABLE `partnerships` ADD `description_lang` text;--> statement-breakpoint
ALTER TABLE `practices` ADD `title_lang` text;--> statement-breakpoint
ALTER TABLE `practices` ADD `summary_lang` text;