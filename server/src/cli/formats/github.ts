/**
 * `--format github`: GitHub Actions workflow commands, which show as
 * annotations on the pull request. Escaping follows the Actions runner:
 * in the message, % CR LF become %25 %0D %0A; in property values also : and ,
 * (%3A, %2C).
 */
import { suggestionText, type FileReport } from '../report.ts';

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' } as const;

export function formatGithub(files: readonly FileReport[]): string {
  const out: string[] = [];
  for (const file of files) {
    const path = escapeProperty(file.displayPath.replace(/\\/g, '/'));
    if (file.error) out.push(`::error file=${path},title=${escapeProperty('rapport: cannot lint')}::${escapeData(file.error)}`);
    for (const f of file.findings) {
      const props = [
        `file=${path}`,
        `line=${f.range.start.line + 1}`,
        `col=${f.range.start.character + 1}`,
        `endLine=${f.range.end.line + 1}`,
        `endColumn=${f.range.end.character + 1}`,
        `title=${escapeProperty(`rapport ${f.ruleId}`)}`,
      ];
      const suggestion = suggestionText(f);
      out.push(`::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(`${f.message}${suggestion} (${f.docsUrl})`)}`);
    }
  }
  return out.length ? out.join('\n') + '\n' : '';
}
