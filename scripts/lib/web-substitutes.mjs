/**
 * The browser language server reuses the server's wiring (server/src/lsp/server.ts) unchanged; the few modules
 * of it that reach the file system are replaced, in the browser bundle only, by counterparts in server/src/web/
 * that take the project configuration from the client instead. Used by scripts/build.mjs;
 * test/web/substitutes.test.ts checks that each counterpart exports what the module it replaces exports.
 */
export const WEB_SUBSTITUTES = {
  'server/src/lsp/project-config.ts': 'server/src/web/project-config.ts',
  'server/src/lsp/accept-term.ts': 'server/src/web/accept-term.ts',
  'server/src/lsp/workspace-lint.ts': 'server/src/web/workspace-lint.ts',
  'server/src/lsp/docs-links.ts': 'server/src/web/docs-links.ts',
  'server/src/lsp/uri.ts': 'server/src/web/uri.ts',
};
