/**
 * Mocha entry for the integration suite, loaded by VS Code's extension host through `extensionTestsPath`
 * (bundled to dist/test/vscode/index.js by scripts/vscode/build-suite.mjs).
 *
 * VS Code calls `run()` once the workbench is up; the returned promise decides the exit code the test runner
 * sees (resolved = 0, rejected = 1). Test files are the `*.test.js` bundles next to this file.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    // The output travels through the workbench log into the runner's stdout, not a terminal.
    color: false,
    // Generous per-test ceiling: the first test pays for activating the extension and starting the server.
    // The waits inside the tests have their own descriptive timeouts, which fire first.
    timeout: 120_000,
  });
  // RAPPORT_VSCODE_GREP=<text> runs only the tests whose full title contains it (when working on one test);
  // test/vscode/run.mjs passes its environment to code-server, whose extension host inherits it.
  const grep = process.env.RAPPORT_VSCODE_GREP;
  if (grep) mocha.grep(grep);

  const files = readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .sort();
  if (files.length === 0) {
    return Promise.reject(new Error(`no *.test.js files next to ${__filename}; run scripts/vscode/build-suite.mjs`));
  }
  for (const name of files) mocha.addFile(join(__dirname, name));

  return new Promise((resolve, reject) => {
    let ran = 0;
    const runner = mocha.run((failures) => {
      if (failures > 0) reject(new Error(`${failures} of ${ran} integration test(s) failed`));
      // A suite that silently ran nothing (a bad glob, a describe.skip left behind, a file that threw before
      // registering tests) must not look like a pass.
      else if (ran === 0) reject(new Error(`zero integration tests ran (loaded ${files.join(', ')})`));
      else resolve();
    });
    runner.on(Mocha.Runner.constants.EVENT_TEST_END, (test: Mocha.Test) => {
      if (test.state === 'passed' || test.state === 'failed') ran += 1;
    });
  });
}
