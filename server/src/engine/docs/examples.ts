/** Parsing of rule examples: `{{…}}` marks the span a flagged example must report. */
import type { Example } from '../rules/define.ts';
import type { LintOptions } from '../types.ts';

export interface ParsedExample {
  text: string;
  spans: Array<{ start: number; end: number }>;
  options: LintOptions;
}

export function parseExample(example: Example): ParsedExample {
  const raw = typeof example === 'string' ? example : example.text;
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
  return { text, spans, options };
}
