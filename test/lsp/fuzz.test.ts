/**
 * Bounded fuzz of the real server over stdio: a fixed seed, 150
 * random incremental edits (see fuzz-edits.ts) to two open notes, and after
 * each edit the requests an editor makes. Checked throughout:
 *
 * - the server answers every request, logs no error and is still running at the end;
 * - every diagnostic and hover range lies inside its document as an editor
 *   holds it, on whole characters, and covers the text its finding names
 *   (so the server's copy of the note is the editor's);
 * - every code-action edit touches only its finding's range, or only inserts a
 *   directive comment (which leaves the note's rendering unchanged).
 *
 * RAPPORT_FUZZ_SEED and RAPPORT_FUZZ_EDITS run other or longer sequences.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, DocumentDiagnosticReport, Hover, Position, Range, TextEdit } from 'vscode-languageserver/node';
import { lint, type Finding } from '../../server/src/engine/index.ts';
import { scanDirectives } from '../../server/src/engine/directives.ts';
import { startServer, type TestServer } from '../helpers/lsp-client.ts';
import { applyAsEditor, EditStream } from './fuzz-edits.ts';
import { applyTextEdits, editsFor, fileUri, tempDir } from './helpers.ts';
import { rendered } from './rendered.ts';

const SEED = Number(process.env.RAPPORT_FUZZ_SEED ?? 20_261_201);
const EDITS = Number(process.env.RAPPORT_FUZZ_EDITS ?? 150);
const MAX_LENGTH = 60_000;
/** Whole-note rendering is compared only on notes up to this length (parsing a huge line twice per action is slow). */
const RENDER_CHECK_LENGTH = 20_000;
const ANSWER_MS = 20_000;

interface Note {
  uri: string;
  path: string;
  text: string;
  version: number;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** Why a position is not a place in the document, or undefined when it is. */
function badPosition(doc: TextDocument, p: Position | undefined): string | undefined {
  if (!p || !Number.isInteger(p.line) || !Number.isInteger(p.character)) return `not whole numbers: ${JSON.stringify(p)}`;
  if (p.line < 0 || p.line >= doc.lineCount) return `line ${p.line} of ${doc.lineCount}`;
  const lineStart = doc.offsetAt({ line: p.line, character: 0 });
  const lineEnd = doc.offsetAt({ line: p.line, character: Number.MAX_SAFE_INTEGER });
  if (p.character < 0 || lineStart + p.character > lineEnd) return `character ${p.character} past the end of line ${p.line} (${lineEnd - lineStart})`;
  if (p.character > 0 && isHigh(doc.getText().charCodeAt(lineStart + p.character - 1))) return `inside a surrogate pair at ${p.line}:${p.character}`;
  return undefined;
}

function badRange(doc: TextDocument, r: Range | undefined): string | undefined {
  if (!r) return 'no range';
  const why = badPosition(doc, r.start) ?? badPosition(doc, r.end);
  if (why) return why;
  return doc.offsetAt(r.start) > doc.offsetAt(r.end) ? `reversed ${JSON.stringify(r)}` : undefined;
}

const sameRange = (a: Range, b: Range) => a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

/** Text inserted by a disable action, without its indentation and line ending: one whole directive. */
function isDirectiveOnly(newText: string): boolean {
  const bare = newText.replace(/^[ \t>]*/, '').replace(/[\r\n]+$/, '');
  const found = scanDirectives(bare, []);
  return found.length === 1 && found[0]!.start === 0 && found[0]!.end === bare.length;
}

describe('language server: fuzz', function () {
  this.timeout(300_000);
  let server: TestServer;
  let dir: string;
  const errorsLogged: string[] = [];
  before(async () => {
    dir = tempDir('rapport-fuzz-');
    server = await startServer({ textDocument: { diagnostic: { dynamicRegistration: false } } });
    server.connection.onNotification('window/logMessage', (m: { type: number; message: string }) => {
      if (m.type === 1) errorsLogged.push(m.message.slice(0, 300));
    });
    server.connection.onRequest('workspace/diagnostic/refresh', () => null);
    server.connection.onRequest('workspace/applyEdit', () => ({ applied: false }));
  });
  after(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`answers every request, keeps every range inside its note and every edit to its finding (seed ${SEED}, ${EDITS} edits)`, async () => {
    const started = Date.now();
    const stream = new EditStream(SEED);
    const failures: string[] = [];
    let requests = 0;
    let step = 0;
    const fail = (message: string) => {
      if (failures.length < 25) failures.push(`step ${step}: ${message}`);
    };
    const request = async <T>(method: string, params: unknown): Promise<T> => {
      requests++;
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer to ${method} within ${ANSWER_MS} ms`)), ANSWER_MS);
      });
      try {
        return await Promise.race([server.connection.sendRequest<T>(method, params), late]);
      } finally {
        clearTimeout(timer);
      }
    };

    const notes: Note[] = [0, 1].map((i) => {
      const path = join(dir, `note-${i}.md`);
      return { path, uri: fileUri(path), text: stream.note(), version: 1 };
    });
    for (const n of notes) server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: n.uri, languageId: 'markdown', version: 1, text: n.text } });

    /** Findings of the engine for the note as the editor holds it (what bulk fixes must match). */
    const findingsOf = (n: Note): Finding[] => lint(n.text, { fileName: n.path }).findings;

    const checkDisable = (n: Note, doc: TextDocument, d: Diagnostic, action: CodeAction, edits: TextEdit[]) => {
      if (edits.length !== 1) return fail(`${action.title}: ${edits.length} edits`);
      const [e] = edits as [TextEdit];
      if (!sameRange({ start: e.range.start, end: e.range.start }, e.range)) return fail(`${action.title} replaces text: ${JSON.stringify(e)}`);
      const after = applyTextEdits(n.text, edits);
      if (!isDirectiveOnly(e.newText)) {
        // Adding an id to an existing directive: the insertion must fall inside that directive.
        const at = doc.offsetAt(e.range.start);
        const inside = scanDirectives(after, []).some((x) => x.start < at && at + e.newText.length < x.end);
        if (!inside || !/^ [\w.-]+$/.test(e.newText)) return fail(`${action.title} inserts ${JSON.stringify(e.newText)} outside a directive`);
      }
      if (n.text.length <= RENDER_CHECK_LENGTH) {
        try {
          assert.deepEqual(rendered(after), rendered(n.text));
        } catch {
          fail(`${action.title} changes the rendering of ${JSON.stringify(n.text)} into ${JSON.stringify(after)}`);
        }
      }
      if (action.title.endsWith('for this line') && n.text.length <= RENDER_CHECK_LENGTH) {
        const data = d.data as { text: string };
        const count = (t: string) => lint(t, { fileName: n.path }).findings.filter((f) => f.ruleId === d.code && f.text === data.text).length;
        if (count(after) >= count(n.text)) fail(`${action.title} leaves the finding in ${JSON.stringify(after)}`);
      }
    };

    const checkBulk = (n: Note, doc: TextDocument, title: string, edits: TextEdit[], accept: (f: Finding) => boolean) => {
      const spans = new Set(findingsOf(n).filter(accept).map((f) => `${f.start}:${f.end}`));
      for (const e of edits) {
        const why = badRange(doc, e.range);
        if (why) fail(`${title}: edit range ${why}`);
        else if (!spans.has(`${doc.offsetAt(e.range.start)}:${doc.offsetAt(e.range.end)}`)) fail(`${title}: edit ${JSON.stringify(e)} is not a finding's range`);
      }
    };

    const checkActions = (n: Note, doc: TextDocument, d: Diagnostic, actions: CodeAction[]) => {
      for (const action of actions) {
        if (action.title.startsWith('Add “')) continue; // edits the project file, not the note
        const others = Object.keys(action.edit?.changes ?? {}).filter((u) => u !== n.uri);
        if (others.length) fail(`${action.title} edits another file: ${others.join(', ')}`);
        const edits = editsFor(action.edit, n.uri);
        if (action.title.startsWith('Replace with')) {
          if (edits.length !== 1 || !sameRange(edits[0]!.range, d.range)) fail(`${action.title}: ${JSON.stringify(edits)} is not the finding's range ${JSON.stringify(d.range)}`);
        } else if (action.title.startsWith('Fix all ')) {
          checkBulk(n, doc, action.title, edits, (f) => f.ruleId === d.code);
        } else if (action.title.startsWith('Disable ')) {
          checkDisable(n, doc, d, action, edits);
        } else if (edits.length) {
          fail(`unexpected edit from ${action.title}`);
        }
      }
    };

    for (step = 0; step < EDITS; step++) {
      const n = stream.pick(notes);
      const changes = stream.changes(TextDocument.create(n.uri, 'markdown', 0, n.text), MAX_LENGTH);
      for (const c of changes) n.text = applyAsEditor(n.text, c);
      n.version++;
      server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: n.uri, version: n.version }, contentChanges: changes });
      const doc = TextDocument.create(n.uri, 'markdown', n.version, n.text);
      try {
        if (stream.random() < 0.05) {
          const line = stream.int(doc.lineCount + 2) - 1;
          server.connection.sendNotification('rapport/typing', { uri: n.uri, position: stream.random() < 0.3 ? null : { line, character: stream.int(40) } });
        }
        const report = await request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: n.uri } });
        const diagnostics = report.kind === 'full' ? report.items : [];
        for (const d of diagnostics) {
          const why = badRange(doc, d.range);
          if (why) {
            fail(`diagnostic ${d.code}: ${why}`);
            continue;
          }
          const data = d.data as { text?: unknown } | undefined;
          if (typeof data?.text === 'string' && doc.getText(d.range) !== data.text) fail(`diagnostic ${d.code} covers ${JSON.stringify(doc.getText(d.range))}, not ${JSON.stringify(data.text)}`);
        }
        if (diagnostics.length && stream.random() < 0.6) {
          const d = stream.pick(diagnostics);
          const actions = await request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: n.uri }, range: d.range, context: { diagnostics: [d] } });
          if (badRange(doc, d.range) === undefined) checkActions(n, doc, d, actions);
        }
        if (stream.random() < 0.15) {
          const fixAll = await request<CodeAction[]>('textDocument/codeAction', {
            textDocument: { uri: n.uri },
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            context: { diagnostics: [], only: ['source.fixAll.rapport'] },
          });
          for (const a of fixAll) checkBulk(n, doc, a.title, editsFor(a.edit, n.uri), (f) => f.fix === 'safe');
        }
        if (stream.random() < 0.3) {
          const line = stream.random() < 0.2 ? doc.lineCount + 3 : stream.int(doc.lineCount);
          const hover = await request<Hover | null>('textDocument/hover', { textDocument: { uri: n.uri }, position: { line, character: stream.int(80) } });
          const why = hover?.range && badRange(doc, hover.range);
          if (why) fail(`hover range ${why}`);
        }
      } catch (error) {
        fail(error instanceof Error ? error.message : String(error));
        break;
      }
    }
    const seconds = (Date.now() - started) / 1000;
    console.log(`      fuzz: seed ${SEED}, ${step} edits, ${requests} requests, ${seconds.toFixed(1)} s, ${failures.length} failures`);
    assert.equal(server.process.exitCode, null, `the server exited; stderr: ${server.stderr()}`);
    assert.deepEqual(failures, []);
    assert.deepEqual(errorsLogged, [], 'the server logged errors');
  });
});
