// `npm start`: the built app on PORT (default 3000). Absolute links (oEmbed, canonical and Open
// Graph URLs) use ORIGIN; without it adapter-node would assume https, wrong for a local start.
const port = process.env.PORT ?? '3000';
process.env.ORIGIN ??= `http://localhost:${port}`;
const entry = new URL('./serve.js', import.meta.url).href;
await import(entry);
