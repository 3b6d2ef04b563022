/**
 * Code actions, built from the diagnostics the client sends back
 * (`Diagnostic.data` carries the finding), so no per-document state is needed:
 *
 * - quick fixes: replace with each suggestion (the first is preferred); fix all
 *   findings of this rule; disable the rule for this line / for the file; open
 *   the rule's documentation; add the flagged term to the project's accepted terms;
 * - `source.fixAll.rapport`: every safe fix, from a fresh lint of the current text.
 *
 * Bulk fixes always re-lint the current text rather than trusting diagnostics
 * that may be a keystroke old, and their edits never overlap.
 */
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { RULES_BY_ID, type Finding } from '../engine/index.ts';
import { findingOf, hasRange, type FindingData } from './diagnostics.ts';
import { disableFileEdit, fixEdits, isSafe, type OffsetEdit } from './fixes.ts';
import { disableLineEdit } from './disable-line.ts';
import { acceptTermAction } from './accept-term.ts';
import type { ConfigResolver } from '../config/index.ts';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.rapport`;
export const OPEN_DOCS_COMMAND = 'rapport.server.openRuleDocumentation';
export const KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];

/** Rule ids that a directive comment may name (built-in rules and the team vocabulary). */
const disableable = (ruleId: string) => RULES_BY_ID.has(ruleId) || ruleId === 'vocabulary.term';

export interface CodeActionDeps {
  /** Findings for the document's current text, or undefined when it is not linted (disabled, ignored). */
  lint(doc: TextDocument): Promise<Finding[] | undefined>;
  resolver: ConfigResolver;
  /** Workspace folder paths (a new project file goes in the one holding the note). */
  workspaceFolders(): string[];
  /** Workspace Trust: an untrusted workspace gets no "add to accepted terms". */
  trusted(): boolean;
  /** Text of an open document, if open. */
  openText(uri: string): string | undefined;
}

export function toTextEdit(doc: TextDocument, e: OffsetEdit): TextEdit {
  return { range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText };
}

function wants(only: string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return kind === CodeActionKind.QuickFix;
  return only.some((o) => kind === o || kind.startsWith(o + '.'));
}

/** The safe fixes for the current text, as one workspace edit (undefined when there is nothing to fix). */
export async function fixAllEdit(doc: TextDocument, deps: CodeActionDeps, accept: (f: Finding) => boolean = isSafe): Promise<WorkspaceEdit | undefined> {
  const findings = await deps.lint(doc);
  if (!findings) return undefined;
  const edits = fixEdits(doc.getText(), findings, accept);
  if (edits.length === 0) return undefined;
  return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: edits.map((e) => toTextEdit(doc, e)) }] };
}

export async function provideCodeActions(doc: TextDocument, params: CodeActionParams, deps: CodeActionDeps): Promise<CodeAction[]> {
  const only = params.context?.only;
  const actions: CodeAction[] = [];
  const text = doc.getText();

  if (wants(only, CodeActionKind.QuickFix)) {
    let fresh: Finding[] | undefined;
    const current = async () => (fresh ??= (await deps.lint(doc)) ?? []);
    const perRuleDone = new Set<string>();
    for (const diagnostic of params.context?.diagnostics ?? []) {
      if (!hasRange(diagnostic)) continue;
      let finding: FindingData | Finding | undefined = findingOf(diagnostic);
      if (!finding && diagnostic.source === 'rapport' && typeof diagnostic.code === 'string') {
        // A client that dropped `data`: find the finding again by rule and place.
        const start = doc.offsetAt(diagnostic.range.start);
        finding = (await current()).find((f) => f.ruleId === diagnostic.code && f.start === start);
      }
      if (!finding) continue;
      actions.push(...(await actionsFor(doc, text, diagnostic, finding, deps, current, perRuleDone)));
    }
  }

  if (wants(only, FIX_ALL_KIND)) {
    const edit = await fixAllEdit(doc, deps);
    if (edit) actions.push({ title: 'Rapport: fix all safe findings', kind: FIX_ALL_KIND, edit });
  }
  return actions;
}

async function actionsFor(
  doc: TextDocument,
  text: string,
  diagnostic: Diagnostic,
  f: FindingData | Finding,
  deps: CodeActionDeps,
  current: () => Promise<Finding[]>,
  perRuleDone: Set<string>,
): Promise<CodeAction[]> {
  const out: CodeAction[] = [];
  const start = doc.offsetAt(diagnostic.range.start);
  const end = doc.offsetAt(diagnostic.range.end);
  // Only offer replacements while the span still holds the flagged text.
  const intact = text.slice(start, end) === f.text;
  if (intact && f.fix !== 'none') {
    f.suggestions.forEach((s, i) => {
      out.push({
        title: `Replace with “${s}”`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: i === 0,
        edit: { changes: { [doc.uri]: [{ range: diagnostic.range, newText: s }] } },
      });
    });
  }

  if (!perRuleDone.has(f.ruleId) && f.fix !== 'none' && f.suggestions.length) {
    perRuleDone.add(f.ruleId);
    const sameRule = (await current()).filter((x) => x.ruleId === f.ruleId && x.fix !== 'none');
    if (sameRule.length > 1) {
      const edits = fixEdits(text, sameRule, () => true);
      if (edits.length > 1) {
        out.push({
          title: `Fix all ${f.ruleId} findings in this note (${edits.length})`,
          kind: CodeActionKind.QuickFix,
          edit: { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: edits.map((e) => toTextEdit(doc, e)) }] },
        });
      }
    }
  }

  if (disableable(f.ruleId)) {
    // No line action where every place for the comment would change how the note renders.
    const lineEdit = disableLineEdit(text, { start, end, family: f.family }, f.ruleId);
    if (lineEdit) {
      out.push({
        title: `Disable ${f.ruleId} for this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [doc.uri]: [toTextEdit(doc, lineEdit)] } },
      });
    }
    out.push({
      title: `Disable ${f.ruleId} for this file`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [doc.uri]: [toTextEdit(doc, disableFileEdit(text, f.ruleId))] } },
    });
  }

  out.push({
    title: `Open documentation for ${f.ruleId}`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title: `Open documentation for ${f.ruleId}`, command: OPEN_DOCS_COMMAND, arguments: [f.ruleId, f.docsUrl] },
  });

  if (f.family !== 'engine') {
    const accept = acceptTermAction(doc, f.text, deps);
    if (accept) out.push({ ...accept, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic] });
  }
  return out;
}
