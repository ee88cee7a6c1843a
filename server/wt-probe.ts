import { Worker } from 'node:worker_threads';
const url = new URL('./wt-worker.ts', import.meta.url);
const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); })`;
const w = new Worker(boot, { eval: true });
w.on('message', (m) => {
  console.log('got', m);
  void w.terminate();
});
w.on('error', (e) => console.log('err', e));
