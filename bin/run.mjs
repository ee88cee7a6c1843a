#!/usr/bin/env node
/**
 * run: starts one of our TypeScript command-line programs from a bundle that esbuild builds once and rebuilds only
 * when one of its sources changed, so that a command starts in node's own time instead of compiling TypeScript at
 * every start. `node bin/run.mjs graph-import/cli.ts extract FILE` runs what `tsx graph-import/cli.ts extract FILE`
 * runs. Packages stay in node_modules; each command's modules load only when it runs (code splitting).
 */
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry || !existsSync(join(root, entry))) {
  console.error(`run: no such program "${entry ?? ''}"; give a TypeScript entry point such as graph-import/cli.ts`);
  process.exit(2);
}
const outdir = join(root, '.cache', 'cli', entry.replace(/\.ts$/, '').replace(/[\\/]/g, '-'));
const bundle = join(outdir, 'main.mjs');
const metaFile = join(outdir, 'inputs.json');

/** Whether the bundle is newer than every source it was built from. */
function isFresh() {
  if (!existsSync(bundle) || !existsSync(metaFile)) return false;
  const built = statSync(bundle).mtimeMs;
  const inputs = JSON.parse(readFileSync(metaFile, 'utf8'));
  return inputs.every((input) => existsSync(join(root, input)) && statSync(join(root, input)).mtimeMs <= built);
}

if (!isFresh()) {
  const { build } = await import('esbuild');
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { main: entry },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Node 20 has Unicode property escapes (\p{L}); without this esbuild rewrites each such literal as a
    // `new RegExp(...)` built again at every call, which costs the extractor a tenth of its time.
    supported: { 'regexp-unicode-property-escapes': true },
    packages: 'external',
    metafile: true,
    logLevel: 'warning',
  });
  await writeFile(metaFile, JSON.stringify(Object.keys(result.metafile.inputs)));
}

process.argv = [process.argv[0], bundle, ...args];
await import(pathToFileURL(bundle).href);
