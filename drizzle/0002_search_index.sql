-- Full-text index of practices and partnerships (SQLite FTS5). The app writes folded text
-- (lower case, Polish diacritics removed including ł) into it whenever a record is saved;
-- see src/lib/server/search.ts.
CREATE VIRTUAL TABLE `search_index` USING fts5(
	`kind` UNINDEXED,
	`record_id` UNINDEXED,
	`title`,
	`body`,
	tokenize = 'unicode61 remove_diacritics 2'
);
