// The part of mapshaper's JavaScript API that scripts use (the package ships no types).
declare module 'mapshaper' {
	const mapshaper: {
		/** Runs a mapshaper command line on in-memory inputs; resolves to the output files. */
		applyCommands(
			commands: string,
			input?: Record<string, unknown>
		): Promise<Record<string, string | Uint8Array>>;
	};
	export default mapshaper;
}
