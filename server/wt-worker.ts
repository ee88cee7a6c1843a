import { parentPort } from 'node:worker_threads';
import { toPlain } from '../db/values.js';
const x: number = 1;
parentPort!.postMessage({ ok: toPlain(x) });
