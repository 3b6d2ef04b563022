/**
 * Runs the built `rapport` CLI in this process (arguments as for bin/rapport.js)
 * and, on exit, prints its resource usage on stderr as one line:
 * `RAPPORT_BENCH {"maxRSSKB":…,"userMs":…,"systemMs":…}`. getrusage covers
 * every thread of the process, so worker threads are included.
 */
'use strict';
const { join } = require('node:path');

process.on('exit', () => {
  const u = process.resourceUsage();
  process.stderr.write(`\nRAPPORT_BENCH ${JSON.stringify({ maxRSSKB: u.maxRSS, userMs: u.userCPUTime / 1000, systemMs: u.systemCPUTime / 1000 })}\n`);
});
require(join(__dirname, '..', '..', 'dist', 'cli', 'cli.js')).main();
