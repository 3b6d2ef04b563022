/**
 * The status-bar text and tooltip for a note's findings (pure, so it can be tested without VS Code).
 *
 * The numbers are the ones Problems lists: errors, warnings and infos. VS Code lists no hints in Problems and
 * marks them only with faint dots in the editor, so hints are not counted beside the others; the tooltip says
 * how many there are and where to see them.
 */
export interface Counts {
  error: number;
  warning: number;
  info: number;
  hint: number;
}

/** `vscode.l10n.t` in the extension; this English fallback fills `{0}` placeholders the same way. */
export type Translate = (message: string, ...args: Array<string | number>) => string;
export const english: Translate = (message, ...args) => message.replace(/\{(\d+)\}/g, (m, i: string) => String(args[Number(i)] ?? m));

export function statusText(counts: Counts, t: Translate = english): { text: string; tooltip: string } {
  const listed = counts.error + counts.warning + counts.info;
  const hints =
    counts.hint === 0 ? '' : counts.hint === 1
      ? t(' 1 hint is marked in the note with faint dots; Problems does not list hints.')
      : t(' {0} hints are marked in the note with faint dots; Problems does not list hints.', counts.hint);
  if (listed === 0) return { text: '$(check) Rapport', tooltip: t('Rapport: no findings listed in Problems for this note.') + hints };
  const parts: string[] = [];
  if (counts.error) parts.push(`$(error) ${counts.error}`);
  if (counts.warning) parts.push(`$(warning) ${counts.warning}`);
  if (counts.info) parts.push(`$(info) ${counts.info}`);
  const detail: string[] = [];
  if (counts.error) detail.push(counts.error === 1 ? t('1 error') : t('{0} errors', counts.error));
  if (counts.warning) detail.push(counts.warning === 1 ? t('1 warning') : t('{0} warnings', counts.warning));
  if (counts.info) detail.push(t('{0} info', counts.info));
  return { text: `Rapport ${parts.join(' ')}`, tooltip: t('Rapport: {0} in this note. Click to open Problems.', detail.join(', ')) + hints };
}
