/**
 * phi.email — e-mail addresses, including spelled-out forms ("jdoe [at] gmail [dot] com").
 */
import { defineRule } from '../define.ts';
import { DEIDENTIFY, hits, placeholder, rawText, reportHits } from './patterns.ts';

const PLAIN = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])/g;
const SPELLED = /(?<![\w.+-])[\w.+-]+(?:\s*(?:\[at\]|\(at\)|\{at\})\s*|\s+at\s+)[\w-]+(?:\s*(?:\[dot\]|\(dot\)|\{dot\})\s*|\s+dot\s+|\.)(?:com|org|net|edu|gov|io|co|us|uk|ca|au|info|me)\b/gi;

export default defineRule({
  id: 'phi.email',
  family: 'identifiers',
  severity: { clinical: 'off', reflection: 'error' },
  quoteExempt: false,
  anchor: /@|\bat\b|\[at\]|\(at\)/i,
  docs: {
    summary: 'E-mail addresses, including spelled-out forms.',
    why:
      'An e-mail address names a person as directly as their name does, and Safe Harbor lists it as an identifier. A reflection about Naren should let a reader learn from the encounter without being able to write to him or his caregiver.',
    prefer: 'Leave the address out ("I e-mailed the caregiver the exercise sheet").',
    exceptions: [
      'Words that only look like an address ("seen at clinic at 10:00").',
      'Addresses are found in link targets too ([write to me](mailto:…)), because the rule reads the raw source of the paragraph.',
    ],
    sources: ['S31', 'S38'],
  },
  examples: {
    flagged: [
      { text: 'He said to send the HEP to {{naren.k [at] gmail [dot] com}}.', mode: 'reflection' },
      { text: 'Caregiver contact: {{sam.v (at) uni (dot) edu}}.', mode: 'reflection' },
      { text: 'He e-mailed me from {{naren.k@students.example.edu}} to reschedule.', mode: 'reflection' },
      { text: 'Her mother asked me to [write to her](mailto:{{lena.family@example.com}}).', mode: 'reflection' },
    ],
    clean: [
      { text: 'Seen at clinic at 10:00; sent HEP by e-mail.', mode: 'reflection' },
      { text: 'He looked at me and laughed.', mode: 'reflection' },
    ],
  },
  check: (ctx) => {
    const text = rawText(ctx);
    const found = [...hits(text, PLAIN), ...hits(text, SPELLED)];
    reportHits(
      ctx,
      found.map((h) => ({ start: h.start, end: h.end, message: `This looks like an e-mail address. ${DEIDENTIFY}`, ...placeholder('e-mail') })),
    );
  },
});
