-- Every write makes a new data version, whoever writes: the server, `npm run import` in another
-- process, or a hand-run sqlite3. The running server reads the version on each request (one
-- indexed row of meta), so API lists, markers, ETags, tiles, facets and cached pages show the change
-- at once. Row triggers: a transaction of many rows bumps it many times, and the last value stands.

CREATE TRIGGER IF NOT EXISTS `practices_insert_bumps_records_version` AFTER INSERT ON `practices`
BEGIN
	INSERT INTO `meta` (`key`, `value`) VALUES ('records_version', lower(hex(randomblob(6))))
	ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS `practices_update_bumps_records_version` AFTER UPDATE ON `practices`
BEGIN
	INSERT INTO `meta` (`key`, `value`) VALUES ('records_version', lower(hex(randomblob(6))))
	ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS `practices_delete_bumps_records_version` AFTER DELETE ON `practices`
BEGIN
	INSERT INTO `meta` (`key`, `value`) VALUES ('records_version', lower(hex(randomblob(6))))
	ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS `practice_units_insert_bumps_records_version` AFTER INSERT ON `practice_units`
BEGIN
	INSERT INTO `meta` (`key`, `value`) VALUES ('records_version', lower(hex(randomblob(6))))
	ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS `practice_units_update_bumps_records_version` AFTER UPDATE ON `practice_units`
BEGIN
	INSERT INTO `meta` (`key`, `value`) VALUES ('records_version', lower(hex(randomblob(6))))
	ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS `practice_units_delete_bumps_records_version` AFTER DELETE ON `practice_units`
BEGIN
	INSERT INTO `meta` (`key`, `value`) VALUES ('records_version', lower(hex(randomblob(6))))
	ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS `practice_partners_insert_bumps_records_version` AFTER INSERT ON `practice_partners`
BEGIN
	INSERT INTO `meta` (`key`, `value`) VALUES ('records_version', lower(hex(randomblob(6))))
	ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS `practice_partners_update_bumps_records_version` AFTER UPDATE ON `practice_partners`
BEGIN
	INSERT INTO `meta` (`key`, `value`) VALUES ('records_version', lower(hex(randomblob(6))))
	ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS `practice_partners_delete_bumps_records_version` AFTER DELETE ON `practice_partners`
BEGIN
	INSERT INTO `meta` (`key`, `value`) VALUES ('records_version', lower(hex(randomblob(6))))
	ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS `attachments_insert_bumps_records_version` AFTER INSERT ON `attachments`
BEGIN
	INSERT INTO `meta` (`key`, `value`) VALUES ('records_version', lower(hex(randomblob(6))))
	ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS `attachments_update_bumps_records_version` AFTER UPDATE ON `attachments`
BEGIN
	INSERT INTO `meta` (`key`, `value`) VALUES ('records_version', lower(hex(randomblob(6))))
	ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS `attachments_delete_bumps_records_version` AFTER DELETE ON `attachments`
BEGIN
	INSERT INTO `meta` (`key`, `value`) VALUES ('records_version', lower(hex(randomblob(6))))
	ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS `partnerships_insert_bumps_records_version` AFTER INSERT ON `partnerships`
BEGIN
	INSERT INTO `meta` (`key`, `value`) VALUES ('records_version', lower(hex(randomblob(6))))
	ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS `partnerships_update_bumps_records_version` AFTER UPDATE ON `partnerships`
BEGIN
	INSERT INTO `meta` (`key`, `value`) VALUES ('records_version', lower(hex(randomblob(6))))
	ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS `partnerships_delete_bumps_records_version` AFTER DELETE ON `partnerships`
BEGIN
	INSERT INTO `meta` (`key`, `value`) VALUES ('records_version', lower(hex(randomblob(6))))
	ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS `partnership_members_insert_bumps_records_version` AFTER INSERT ON `partnership_members`
BEGIN
	INSERT INTO `meta` (`key`, `value`) VALUES ('records_version', lower(hex(randomblob(6))))
	ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS `partnership_members_update_bumps_records_version` AFTER UPDATE ON `partnership_members`
BEGIN
	INSERT INTO `meta` (`key`, `value`) VALUES ('records_version', lower(hex(randomblob(6))))
	ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS `partnership_members_delete_bumps_records_version` AFTER DELETE ON `partnership_members`
BEGIN
	INSERT INTO `meta` (`key`, `value`) VALUES ('records_version', lower(hex(randomblob(6))))
	ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS `partnership_other_members_insert_bumps_records_version` AFTER INSERT ON `partnership_other_members`
BEGIN
	INSERT INTO `meta` (`key`, `value`) VALUES ('records_version', lower(hex(randomblob(6))))
	ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS `partnership_other_members_update_bumps_records_version` AFTER UPDATE ON `partnership_other_members`
BEGIN
	INSERT INTO `meta` (`key`, `value`) VALUES ('records_version', lower(hex(randomblob(6))))
	ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS `partnership_other_members_delete_bumps_records_version` AFTER DELETE ON `partnership_other_members`
BEGIN
	INSERT INTO `meta` (`key`, `value`) VALUES ('records_version', lower(hex(randomblob(6))))
	ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS `practice_partnerships_insert_bumps_records_version` AFTER INSERT ON `practice_partnerships`
BEGIN
	INSERT INTO `meta` (`key`, `value`) VALUES ('records_version', lower(hex(randomblob(6))))
	ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS `practice_partnerships_update_bumps_records_version` AFTER UPDATE ON `practice_partnerships`
BEGIN
	INSERT INTO `meta` (`key`, `value`) VALUES ('records_version', lower(hex(randomblob(6))))
	ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS `practice_partnerships_delete_bumps_records_version` AFTER DELETE ON `practice_partnerships`
BEGIN
	INSERT INTO `meta` (`key`, `value`) VALUES ('records_version', lower(hex(randomblob(6))))
	ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS `sources_insert_bumps_records_version` AFTER INSERT ON `sources`
BEGIN
	INSERT INTO `meta` (`key`, `value`) VALUES ('records_version', lower(hex(randomblob(6))))
	ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS `sources_update_bumps_records_version` AFTER UPDATE ON `sources`
BEGIN
	INSERT INTO `meta` (`key`, `value`) VALUES ('records_version', lower(hex(randomblob(6))))
	ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS `sources_delete_bumps_records_version` AFTER DELETE ON `sources`
BEGIN
	INSERT INTO `meta` (`key`, `value`) VALUES ('records_version', lower(hex(randomblob(6))))
	ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS `units_insert_bumps_boundaries_version` AFTER INSERT ON `units`
BEGIN
	INSERT INTO `meta` (`key`, `value`) VALUES ('boundaries_version', lower(hex(randomblob(6))))
	ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS `units_update_bumps_boundaries_version` AFTER UPDATE ON `units`
BEGIN
	INSERT INTO `meta` (`key`, `value`) VALUES ('boundaries_version', lower(hex(randomblob(6))))
	ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS `units_delete_bumps_boundaries_version` AFTER DELETE ON `units`
BEGIN
	INSERT INTO `meta` (`key`, `value`) VALUES ('boundaries_version', lower(hex(randomblob(6))))
	ON CONFLICT (`key`) DO UPDATE SET `value` = excluded.`value`, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
END;
