// `npm start`: the built app on HOST:PORT (default 0.0.0.0:3000). Absolute links (oEmbed,
// canonical, Open Graph and export URLs) use ORIGIN, which scripts/serve.js derives from HOST and
// PORT when it is not set (http://localhost:PORT when HOST means every address).
// A database that exists is checked first (PRAGMA integrity_check): a corrupt one is refused with
// what to do, instead of serving wrong answers or failing on some later request.
import { checkIntegrity, corruptMessage, databaseFile, existsSync } from './lib/database-file.js';

const file = databaseFile();
if (existsSync(file)) {
	const check = checkIntegrity(file);
	if (!check.ok) {
		console.error(corruptMessage(file, check.problems));
		process.exit(1);
	}
}
const entry = new URL('./serve.js', import.meta.url).href;
await import(entry);
