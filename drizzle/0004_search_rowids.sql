-- The search index's rowids now encode kind and record id (src/lib/server/search.ts rowidOf), so a
-- record's entry is replaced by rowid instead of a scan. Empty it here; the app rebuilds it at start.
DELETE FROM `search_index`;
