// `npm start`: the built app on HOST:PORT (default 0.0.0.0:3000). Absolute links (oEmbed,
// canonical, Open Graph and export URLs) use ORIGIN, which scripts/serve.js derives from HOST and
// PORT when it is not set (http://localhost:PORT when HOST means every address).
const entry = new URL('./serve.js', import.meta.url).href;
await import(entry);
