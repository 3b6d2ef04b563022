/**
 * The folder that holds the CLI's bundles (dist/cli), where the worker scripts are.
 *
 * It is `__dirname` of the bundle running, except in a process started from the startup snapshot
 * (snapshot.ts): a snapshot keeps the `__dirname` of the place it was built, so its entry sets the folder
 * the launcher really ran from.
 */
let dir: string | undefined;

export function cliDir(): string {
  return dir ?? __dirname;
}

export function setCliDir(folder: string): void {
  dir = folder;
}

/**
 * A worker thread. node:worker_threads is loaded here, when the first worker starts, never while modules
 * load: loaded into a startup snapshot, it leaves its workers without a working process.cwd() (Node 20).
 */
export function startWorker(file: string, options?: import('node:worker_threads').WorkerOptions): import('node:worker_threads').Worker {
  const { Worker } = process.getBuiltinModule('node:worker_threads');
  return new Worker(file, options);
}
