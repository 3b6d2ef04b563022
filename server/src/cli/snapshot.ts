/**
 * Entry of the CLI's startup snapshot (dist/cli/cli.blob, built by scripts/build.mjs with
 * `node --snapshot-blob dist/cli/cli.blob --build-snapshot dist/cli/snapshot-entry.js`).
 *
 * Loading the CLI bundle and compiling every rule took about a third of a second of CPU before the first
 * note was read, in every run. A snapshot holds the heap as it is after that: bin/rapport.js starts
 * `node --snapshot-blob dist/cli/cli.blob -- bin/rapport.js ARGS…` (when the blob was built by this very
 * Node binary; otherwise it loads dist/cli/cli.js as before), and the run begins with the rules compiled.
 *
 * What runs here runs once, at build time, in the build's environment: nothing read from the
 * environment, the terminal or the command line at load time may decide anything later (colour detection
 * is made in main(), see colorDetected; the workers' folder is set below). Worker threads cannot start
 * from a snapshot, so they load dist/cli/cli-worker.js as in a plain run.
 */
import { startupSnapshot } from 'node:v8';
import { dirname, join } from 'node:path';
import { Linter, RULES } from '../engine/index.ts';
import { parseExample } from '../engine/docs/examples.ts';
import { main } from './main.ts';
import { prestartWorkers } from './prestart.ts';
import { setCliDir } from './location.ts';

/** Lints a small note in both modes, so that every rule's patterns, indexes and lazily built tables are in the snapshot. */
const WARM_UP = `# Initial evaluation

Pt is a 54 y/o male who claims his pain is 9/10 and refused the home exercise program; he is non-compliant.

- Wheelchair-bound since the stroke, a diabetic on insulin 10 units QD.
- "Pain" reported at the knee; denies falls.

> He said: "I was told I had no choice."

The patient was discharged home with family.
`;

for (const mode of ['clinical', 'reflection'] as const) new Linter().lint(WARM_UP, { mode });

/**
 * Then every rule's documented examples, in both modes, with no cache: the functions they run are compiled to bytecode
 * in the snapshot, which took about a tenth of a second off a cold run over the 357 real reports (V8 compiles a
 * function the first time it runs, in every process). phi.url's examples are left out: what their bare domains run
 * leaves something in the heap that V8 cannot write into a snapshot (the build fails with "unreachable code"). Should
 * another example ever do the same, scripts/build.mjs builds the snapshot again with RAPPORT_SNAPSHOT_EXAMPLES=0,
 * warmed with the small note only; that only decides what is warm, never what the CLI does.
 */
const EXAMPLES =
  process.env.RAPPORT_SNAPSHOT_EXAMPLES === '0'
    ? []
    : RULES.filter((rule) => rule.id !== 'phi.url')
        .flatMap((rule) => [...rule.examples.flagged, ...rule.examples.clean])
        .map((example) => parseExample(example).text);
for (const mode of ['clinical', 'reflection'] as const) {
  const linter = new Linter({ cacheEntries: 0 });
  for (const text of EXAMPLES) linter.lint(text, { mode });
}

startupSnapshot.setDeserializeMainFunction(() => {
  // The launcher passes `-- <its own path> ARGS…`, so process.argv is [node, bin/rapport.js, ARGS…] as in a plain run.
  const launcher = process.argv[1];
  if (launcher) setCliDir(join(dirname(launcher), '..', 'dist', 'cli'));
  prestartWorkers(process.argv.slice(2));
  main();
});
