#!/usr/bin/env node
'use strict';
// Thin launcher for editors other than VS Code: rapport-language-server --stdio
require('../dist/server/server.js');
