#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is bundled to dist/ by `npm run build`. The worker threads of a large batch are
// started first (dist/cli/prestart.js is small), so that they load the engine while this thread does.
require('../dist/cli/prestart.js').prestartWorkers(process.argv.slice(2));
require('../dist/cli/cli.js').main();
