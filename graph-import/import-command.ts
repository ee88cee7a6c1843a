export async function runImport(_f: string[], _o: unknown) { return { failed: 0 }; }
