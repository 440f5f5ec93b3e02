/**
 * Network accounting for one page over CDP: every request of the page and of its dedicated workers
 * (MapLibre fetches its tiles in a worker, which the page's own CDP session does not see), with the
 * bytes Chromium received for it (CDP `Network.loadingFinished` encodedDataLength: headers + body
 * as sent, i.e. compressed).
 */

/**
 * Starts recording on `cdp` (a page's CDP session). Workers are reached through auto-attach in
 * non-flat mode, so their events come back through this same session. Returns { finish() }, which
 * gives the list of finished requests: { url, type, status, encoding, bytes, finished, corrected, timing }, with
 * `finished` in CDP monotonic seconds.
 */
export async function recordNetwork(cdp) {
	const requests = new Map();
	const get = (id) => requests.get(id) ?? requests.set(id, { url: '(unknown)' }).get(id);
	const workerUrls = new Set();
	const finished = [];

	const onNetwork = (method, e) => {
		const r = get(e.requestId);
		if (method === 'Network.requestWillBeSent') {
			Object.assign(r, { url: e.request.url, type: e.type, started: e.timestamp });
		} else if (method === 'Network.responseReceived') {
			Object.assign(r, { status: e.response.status, timing: e.response.timing });
			if (e.response.fromDiskCache || e.response.fromPrefetchCache || e.response.fromServiceWorker)
				r.fromCache = true;
			noteHeaders(r, e.response.headers);
		} else if (method === 'Network.responseReceivedExtraInfo') {
			r.status ??= e.statusCode;
			noteHeaders(r, e.headers, e.headersText);
		} else if (method === 'Network.requestServedFromCache') {
			r.fromCache = true;
		} else if (method === 'Network.loadingFinished') {
			r.done = true;
			const worker = workerUrls.has(r.url);
			finished.push({ ...r, ...wireBytes(r, e.encodedDataLength, worker), finished: e.timestamp });
		}
	};
	const events = [
		'requestWillBeSent',
		'requestServedFromCache',
		'responseReceived',
		'responseReceivedExtraInfo'
	];
	for (const name of [...events, 'loadingFinished'])
		cdp.on(`Network.${name}`, (e) => onNetwork(`Network.${name}`, e));

	// Each new worker: enable Network in it, then let it run (it waits for us at start).
	let nextId = 1;
	const toTarget = (sessionId, method) =>
		cdp
			.send('Target.sendMessageToTarget', {
				sessionId,
				message: JSON.stringify({ id: nextId++, method, params: {} })
			})
			.catch(() => {}); // the target may be gone already
	cdp.on('Target.attachedToTarget', async ({ sessionId, targetInfo }) => {
		if (targetInfo.type === 'worker') {
			workerUrls.add(targetInfo.url);
			await toTarget(sessionId, 'Network.enable');
		}
		await toTarget(sessionId, 'Runtime.runIfWaitingForDebugger');
	});
	cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
		const m = JSON.parse(message);
		if (m.method?.startsWith('Network.')) onNetwork(m.method, m.params);
	});

	await cdp.send('Network.enable');
	await cdp.send('Target.setAutoAttach', {
		autoAttach: true,
		waitForDebuggerOnStart: true,
		flatten: false
	});

	return {
		finish() {
			// A worker's own script: its finish is reported (if at all) only inside the worker, which
			// Playwright may already have let run before our Network.enable reached it. The page saw
			// it answered; the worker ran, so it was complete. Time unknown (`finished: null`).
			const inferred = [...requests.values()]
				.filter((r) => !r.done && r.status === 200 && workerUrls.has(r.url))
				.map((r) => ({ ...r, ...wireBytes(r, 0, true), finished: null }));
			return [...finished, ...inferred];
		}
	};
}

/** Keeps Content-Encoding, Content-Length and the size of the raw response headers. */
function noteHeaders(r, headers = {}, headersText) {
	let estimate = 17; // "HTTP/1.1 200 OK\r\n"
	for (const [k, v] of Object.entries(headers)) {
		const key = k.toLowerCase();
		if (key === 'content-encoding') r.encoding = v;
		if (key === 'content-length') r.contentLength = Number(v);
		estimate += k.length + String(v).length + 4;
	}
	r.headerBytes = headersText ? Buffer.byteLength(headersText) : (r.headerBytes ?? estimate + 2);
}

/**
 * Bytes on the wire for one request: CDP's encodedDataLength (0 for a response from the HTTP
 * cache, as it should be). One exception: for a dedicated worker's own script Chromium reports only
 * the headers, so there the response headers plus the body's Content-Length are used, and
 * `corrected` is set.
 */
function wireBytes(r, encodedDataLength, isWorkerScript) {
	if (isWorkerScript && !r.fromCache && r.contentLength > 0 && encodedDataLength < r.contentLength)
		return { bytes: (r.headerBytes ?? 0) + r.contentLength, corrected: true };
	return { bytes: encodedDataLength, corrected: false };
}
