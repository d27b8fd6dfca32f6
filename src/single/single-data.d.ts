// The timelines bundled into the single file: JSON written by scripts/export-single.ts.
declare module '$single-data' {
	const data: unknown;
	export default data;
}
