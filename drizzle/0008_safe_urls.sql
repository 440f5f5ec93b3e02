-- Links from record data are http:, https: or mailto: only (src/lib/safe-url.ts checks every
-- write and every rendering). Rows stored before that rule: a value with a scheme other than
-- those three (javascript:, data:, vbscript:, "java<TAB>script:", …) is removed; a link without a
-- scheme (www.gmina.pl) stays, as the rendering turns it into https. Websites are a JSON list:
-- only the refused items go.
UPDATE `attachments` SET `url` = NULL WHERE `url` IS NOT NULL AND (instr(`url`, ':') > 0 AND NOT (lower(`url`) GLOB 'http://*' OR lower(`url`) GLOB 'https://*' OR lower(`url`) GLOB 'mailto:*') AND instr(substr(`url`, 1, instr(`url`, ':') - 1), '/') = 0);
--> statement-breakpoint
UPDATE `sources` SET `url` = NULL WHERE `url` IS NOT NULL AND (instr(`url`, ':') > 0 AND NOT (lower(`url`) GLOB 'http://*' OR lower(`url`) GLOB 'https://*' OR lower(`url`) GLOB 'mailto:*') AND instr(substr(`url`, 1, instr(`url`, ':') - 1), '/') = 0);
--> statement-breakpoint
UPDATE `partnerships` SET `website` = NULL WHERE `website` IS NOT NULL AND (instr(`website`, ':') > 0 AND NOT (lower(`website`) GLOB 'http://*' OR lower(`website`) GLOB 'https://*' OR lower(`website`) GLOB 'mailto:*') AND instr(substr(`website`, 1, instr(`website`, ':') - 1), '/') = 0);
--> statement-breakpoint
UPDATE `practices` SET `source_url` = NULL WHERE `source_url` IS NOT NULL AND (instr(`source_url`, ':') > 0 AND NOT (lower(`source_url`) GLOB 'http://*' OR lower(`source_url`) GLOB 'https://*' OR lower(`source_url`) GLOB 'mailto:*') AND instr(substr(`source_url`, 1, instr(`source_url`, ':') - 1), '/') = 0);
--> statement-breakpoint
UPDATE `practices` SET `websites` = (
	SELECT json_group_array(`value`) FROM json_each(`practices`.`websites`) WHERE NOT (instr(`value`, ':') > 0 AND NOT (lower(`value`) GLOB 'http://*' OR lower(`value`) GLOB 'https://*' OR lower(`value`) GLOB 'mailto:*') AND instr(substr(`value`, 1, instr(`value`, ':') - 1), '/') = 0)
) WHERE EXISTS (SELECT 1 FROM json_each(`practices`.`websites`) WHERE (instr(`value`, ':') > 0 AND NOT (lower(`value`) GLOB 'http://*' OR lower(`value`) GLOB 'https://*' OR lower(`value`) GLOB 'mailto:*') AND instr(substr(`value`, 1, instr(`value`, ':') - 1), '/') = 0));
