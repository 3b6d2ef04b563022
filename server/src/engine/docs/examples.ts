/**
 * Parsing of rule examples: `{{…}}` marks the exact span a flagged example must report, and text after
 * ` => ` is the sentence once the first suggestion of each finding is applied.
 */
import type { Example } from '../rules/define.ts';
import type { LintOptions } from '../types.ts';

export interface ParsedExample {
  text: string;
  spans: Array<{ start: number; end: number }>;
  options: LintOptions;
  /** The text after the fixes, when the example states it. */
  fixed?: string;
}

export function parseExample(example: Example): ParsedExample {
  const whole = typeof example === 'string' ? example : example.text;
  const arrow = whole.indexOf(' => ');
  const raw = arrow < 0 ? whole : whole.slice(0, arrow);
  const options: LintOptions = {};
  if (typeof example !== 'string') {
    if (example.mode) options.mode = example.mode;
    if (example.options?.languagePreference) options.languagePreference = example.options.languagePreference;
    if (example.options?.identifiesAs) options.identifiesAs = example.options.identifiesAs;
  }
  const spans: ParsedExample['spans'] = [];
  let text = '';
  let last = 0;
  const re = /\{\{(.+?)\}\}/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) {
    text += raw.slice(last, m.index);
    spans.push({ start: text.length, end: text.length + m[1]!.length });
    text += m[1];
    last = m.index + m[0].length;
  }
  text += raw.slice(last);
  return arrow < 0 ? { text, spans, options } : { text, spans, options, fixed: whole.slice(arrow + 4) };
}
