// Moved to src/lib/domain/filters.ts. Kept only for src/lib/server/api/list-cache.ts, which
// another change of issue 12 rewrites at the same time; remove once it imports the new path.
export { EMPTY_FILTERS } from './domain/filters';
