#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is bundled to dist/ by `npm run build`.
require('../dist/cli/cli.js').main();
