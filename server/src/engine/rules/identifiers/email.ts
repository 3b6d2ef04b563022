/**
 * phi.email — e-mail addresses, including spelled-out forms ("jdoe [at] gmail [dot] com").
 */
import { defineRule } from '../define.ts';
import { DEIDENTIFY } from './patterns.ts';

/** A user or host name: words and numbers joined by dots and hyphens, ending in a word. */
const NAME = '#word|#num +.|-|+|#word|#num{0,10}';
const TLD = 'com|org|net|edu|gov|io|co|us|uk|ca|au|info|me';

export default defineRule({
  id: 'phi.email',
  family: 'identifiers',
  severity: { clinical: 'off', reflection: 'error' },
  quoteExempt: false,
  // Addresses in mailto: links are hidden from the prose view.
  readsSource: true,
  message: `This looks like an e-mail address. ${DEIDENTIFY}`,
  defaults: { suggest: ['[e-mail removed]'], fix: 'suggest', notBefore: ['+.|-|+'] },
  terms: [
    { match: `${NAME} +@ +#word|#num +.|-|#word|#num{0,12} +#word`, when: ['emailShape'] },
    // Spelled out: "naren.k [at] gmail [dot] com", "sam.v at uni dot edu".
    {
      match: [
        `${NAME} =[|(|{ at =]|)|} #word =[|(|{ dot =]|)|} ${TLD}`,
        `${NAME} =[|(|{ at =]|)|} #word +. +${TLD}`,
        `${NAME} at #word dot ${TLD}`,
      ],
    },
    // "sam.v at uni.edu": with a real dot only the user name's own dot or hyphen makes it an address;
    // "her videos at instagram.com/…" or "the handouts at example.org" is a place on the web (phi.url's).
    { match: `#word|#num +.|-|+|#word|#num{1,10} at #word +. +${TLD}`, notAfter: ['+/'] },
  ],
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
      { text: 'He said to send the HEP to {{naren.k [at] gmail [dot] com}}. => He said to send the HEP to [e-mail removed].', mode: 'reflection' },
      { text: 'Caregiver contact: {{sam.v (at) uni (dot) edu}}. => Caregiver contact: [e-mail removed].', mode: 'reflection' },
      { text: 'Write to {{sam.v at uni.edu}} about the chair.', mode: 'reflection' },
      { text: 'He e-mailed me from {{naren.k@students.example.edu}} to reschedule.', mode: 'reflection' },
      { text: 'Her mother asked me to [write to her](mailto:{{lena.family@example.com}}).', mode: 'reflection' },
    ],
    clean: [
      { text: 'Seen at clinic at 10:00; sent HEP by e-mail.', mode: 'reflection' },
      { text: 'He looked at me and laughed.', mode: 'reflection' },
      { text: 'She posts her videos at instagram.com and the handouts are at example.org.', mode: 'reflection' },
    ],
  },
});
