/**
 * `npm start` after the build: lints the bundled example notes and prints the
 * report. Findings in the examples are the point of the demo, so exit code 1
 * (error-severity findings) counts as success; 2 (a real problem) does not.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const result = spawnSync(process.execPath, ['bin/rapport.js', 'examples'], { cwd: root, stdio: 'inherit' });
if (result.status === 1) console.log('\nThe example drafts contain findings on purpose; compare them with their rewritten versions in examples/.');
process.exit(result.status === 1 ? 0 : (result.status ?? 2));
