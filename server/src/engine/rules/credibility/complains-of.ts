/**
 * cred.complains-of — "complains of" / "c/o" for what the patient reports.
 */
import { checkPhrases, defineRule, type Phrase } from '../define.ts';

/** "c/o" or "complaints" used as a noun: "with c/o pain", "no new complaints of pain". */
const NOUN_BEFORE = /\b(?:with|w\/|no|new|any|of|for|the|his|her|their|initial|ongoing|recurrent|multiple|several|main|primary|presenting|and|some|few)\s*$/i;

const VERB: Record<string, string> = { complains: 'reports', complained: 'reported', complaining: 'reporting', complain: 'report' };

const phrases: Phrase[] = [
  {
    pattern: /\b(complain(?:s|ed|ing)?)\s+of\b/gi,
    message: '"Complains of" casts the patient as a complainer. "Reports", "describes" or "presents with" records the same symptom neutrally.',
    suggest: (m) => [VERB[m[1]!.toLowerCase()]!],
    fix: 'safe',
  },
  {
    pattern: /\b(complain(?:s|ed|ing)?)\s+(?:that|about)\b/gi,
    message: '"Complains" casts a concern as grumbling. Say what the patient reported or raised: "reports that …", "raised concern about …".',
    suggest: (m) =>
      /about$/i.test(m[0])
        ? [{ complains: 'raises concern about', complained: 'raised concern about', complaining: 'raising concern about', complain: 'raise concern about' }[m[1]!.toLowerCase()]!]
        : [`${VERB[m[1]!.toLowerCase()]} that`],
    fix: 'suggest',
    // "I complained about the schedule" in a reflection is the writer's own grumble.
    unless: (m, ctx) => /\b(?:I|we)\s+(?:\w+\s+)?$/.test(ctx.text.slice(Math.max(0, m.index - 20), m.index)),
  },
  {
    pattern: /(?<![\w/])c\/o\b/gi,
    message: '"C/o" (complains of) casts the patient as a complainer. "Reports" says the same thing neutrally.',
    suggest: (m, ctx) => (NOUN_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 20), m.index)) ? ['reports of'] : ['reports']),
    fix: 'safe',
    // "c/o" as "care of" in an address line: "c/o Jane Doe".
    unless: (m, ctx) => /^\s+(?:[A-Z][a-z]+\s+[A-Z][a-z]+|the\s+[A-Z])/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 30)) && !/\b(?:pt|patient)\b/i.test(ctx.text.slice(Math.max(0, m.index - 30), m.index)),
  },
  {
    pattern: /\bcomplaints?\s+of\b/gi,
    message: '"Complaints of" casts symptoms as grievances. "Reports of" or naming the symptom directly is neutral.',
    suggest: (m) => [/complaints/i.test(m[0]) ? 'reports of' : 'report of'],
    fix: 'safe',
    unless: (m, ctx) => /\bchief\s*$/i.test(ctx.text.slice(Math.max(0, m.index - 10), m.index)),
  },
];

export default defineRule({
  id: 'cred.complains-of',
  family: 'credibility',
  severity: { clinical: 'hint', reflection: 'info' },
  anchor: /complain|c\/o/i,
  docs: {
    summary: '"Complains of", "complaining of", "c/o" and "complaints of" for symptoms the patient reports.',
    why:
      'A patient telling you about calf pain is doing exactly what the partnership in the source text needs: sharing what they experience so you can help. "Complains of" turns that report into grumbling. The phrase is a habit of case presentation rather than a clinical term, and a neutral verb records the same symptom.',
    prefer: '"Reports R calf pain with prolonged sitting", "presents with", "describes", "is concerned about".',
    exceptions: [
      'The "Chief complaint:" / "CC:" header.',
      'A complaint filed with an organisation ("the complaint pt filed with housing").',
      '"c/o" meaning "care of" in an address.',
      'Attributed quotations.',
    ],
    sources: ['S32'],
  },
  examples: {
    flagged: [
      'Pt {{c/o}} R calf pain with prolonged sitting in lectures.',
      '{{Complains of}} numbness in both feet after long lab sessions.',
      'She has been {{complaining of}} cramping in the calves at night.',
      'Pt with {{complaints of}} L shoulder pain during transfers.',
      'Pt {{complained about}} the noise in the gym.',
    ],
    clean: [
      'Chief complaint: R calf pain x 2 weeks.',
      'CC: intermittent L wrist pain with joystick use.',
      'The complaint pt filed with housing about the broken elevator was resolved.',
      'Pt reports R calf pain with prolonged sitting.',
    ],
  },
  check: (ctx) => checkPhrases(ctx, phrases),
});
