/** The status-bar text and tooltip for a note's findings (pure, so it can be tested without VS Code). */
export interface Counts {
  error: number;
  warning: number;
  info: number;
  hint: number;
}

export function statusText(counts: Counts): { text: string; tooltip: string } {
  const total = counts.error + counts.warning + counts.info + counts.hint;
  if (total === 0) return { text: '$(check) Rapport', tooltip: 'Rapport: no findings in this note. Click to open Problems.' };
  const parts: string[] = [];
  if (counts.error) parts.push(`$(error) ${counts.error}`);
  if (counts.warning) parts.push(`$(warning) ${counts.warning}`);
  if (counts.info + counts.hint) parts.push(`$(info) ${counts.info + counts.hint}`);
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const detail = [
    counts.error && plural(counts.error, 'error'),
    counts.warning && plural(counts.warning, 'warning'),
    counts.info && `${counts.info} info`,
    counts.hint && plural(counts.hint, 'hint'),
  ].filter(Boolean);
  return { text: `Rapport ${parts.join(' ')}`, tooltip: `Rapport: ${detail.join(', ')} in this note. Click to open Problems.` };
}
