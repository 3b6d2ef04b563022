/**
 * Findings the engine itself raises (not rules): each has a documentation page
 * like a rule, so every diagnostic's link leads somewhere.
 */
export interface EngineMessage {
  id: string;
  summary: string;
  explanation: string;
  remedy: string;
}

export const ENGINE_MESSAGES: readonly EngineMessage[] = [
  {
    id: 'rapport.front-matter',
    summary: 'The note\'s YAML front matter is invalid, or one of its Rapport settings has a wrong value.',
    explanation: 'Front matter carries per-note settings (`mode`, `language-preference`, `patient-identifies-as`, `rules`). When it cannot be read, those settings are ignored and the note is linted with the project\'s settings; the rest of the note is still linted.',
    remedy: 'Fix the YAML at the reported position, or the value named in the message (for example `mode: reflection`).',
  },
  {
    id: 'rapport.unknown-rule',
    summary: 'A `rapport-disable` or `rapport-enable` comment names a rule or family that does not exist.',
    explanation: 'A typo in a disable comment would otherwise silently disable nothing, so Rapport reports it.',
    remedy: 'Use an id from the [rule list](README.md) or a family name (for example `identifiers`).',
  },
  {
    id: 'rapport.unlintable',
    summary: 'The file could not be linted: it is binary, or larger than any clinical note (20 MB).',
    explanation: 'Rapport lints text notes. A file with NUL bytes is treated as binary; a very large file is reported rather than linted so the editor stays responsive.',
    remedy: 'Exclude the file (an `ignore` glob in `.rapportrc.json`, or `.rapportignore` for the CLI), or split the document.',
  },
  {
    id: 'rapport.too-many-findings',
    summary: 'Linting stopped after the note reached the finding limit (2,000 by default).',
    explanation: 'A pasted transcript that repeats one term thousands of times would otherwise stall the editor. Every finding counts against the limit, Rapport\'s own messages (such as unknown rule ids in disable comments) included. Findings up to the limit are shown; the rest of the note was not checked.',
    remedy: 'Fix or disable the most frequent finding, then lint again.',
  },
  {
    id: 'rapport.too-complex',
    summary: 'A block holds more nested or unclosed Markdown, or more text, than Rapport parses quickly; it was checked as plain text.',
    explanation:
      'Some Markdown takes the parser time that grows with the square of its size: hundreds of unclosed `[` brackets or unmatched `*` and `_`, emphasis or lists nested hundreds deep, a paragraph of hundreds of kilobytes. So that no note can stall the editor, such a block is read line by line as plain text instead. Its words are still checked, but anything that may be markup is skipped, and its findings carry no automatic fix, because without a parse Rapport cannot be sure a fix would rewrite prose only.',
    remedy: 'Close or remove the stray brackets and emphasis markers, or split the block with blank lines; the block is then parsed normally again.',
  },
  {
    id: 'rapport.rule-error',
    summary: 'One rule failed on this note and was skipped; every other rule\'s findings are shown.',
    explanation:
      'A rule that fails (a defect in Rapport, usually on unusual text) must not take the other findings of the note with it, so Rapport reports the failure once per note, names the rule, and goes on. The findings of the named rule are missing from this note until the defect is fixed. No note text is included in the report.',
    remedy: 'Report it with the rule id from the message (and, if you can share one, a note without patient information that shows the problem). To silence it meanwhile, turn the named rule off.',
  },
  {
    id: 'vocabulary.term',
    summary: 'A term your team\'s configuration rejects (`vocabulary.reject` in `.rapportrc.json`).',
    explanation: 'Teams can add their own house style on top of Rapport\'s rules: a rejected term, the wording the team prefers (offered as a safe fix), an optional message and severity. The terms are literal text, never regular expressions.',
    remedy: 'Use the preferred wording, or discuss the entry with whoever maintains the project configuration. See [configuration](../configuration.md).',
  },
];

export function renderEngineMessagePage(m: EngineMessage): string {
  return [
    `<!-- Generated from server/src/engine/messages.ts by \`npm run generate\`. -->`,
    `# ${m.id}`,
    '',
    m.summary,
    '',
    '## What it means',
    '',
    m.explanation,
    '',
    '## What to do',
    '',
    m.remedy,
    '',
  ].join('\n');
}
