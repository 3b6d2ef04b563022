/**
 * pfl.sensory-communication — outdated terms for deafness and for people who do not speak.
 */
import { checkPhrases, defineRule, type Phrase } from '../define.ts';

const phrases: Phrase[] = [
  {
    pattern: /\bdeaf[-\s](?:and[-\s])?(?:dumb|mute)\b/gi,
    message: '"Deaf and dumb" and "deaf-mute" are rejected by the Deaf community. Say "deaf" (or "Deaf" if the person uses it) and describe how they communicate.',
    suggest: ['deaf'],
    fix: 'suggest',
  },
  {
    pattern: /\bhearing[-\s]impaired\b|\bhearing\s+impairment\b/gi,
    message: 'Many deaf and hard-of-hearing people reject "hearing-impaired". Prefer "deaf" or "hard of hearing", or give the audiology finding.',
    suggest: (m) => (/impairment/i.test(m[0]) ? ['hearing loss'] : ['hard of hearing', 'deaf']),
    fix: 'suggest',
    severity: 'info',
    unless: (m, ctx) => /^\s*(?:aid|program|services?)\b/i.test(ctx.text.slice(m.index + m[0].length)),
  },
  {
    pattern: /\b(?:is|was|are|a|remains)\s+(?:mute|dumb)\b/gi,
    message: 'Say "does not speak", "non-speaking" or "communicates with AAC", and note how the person communicates.',
    suggest: (m) => [/^(?:was)\b/i.test(m[0]) ? 'was non-speaking' : /^a\b/i.test(m[0]) ? 'a non-speaking' : m[0].replace(/\s+(?:mute|dumb)$/i, ' non-speaking')],
    fix: 'suggest',
  },
  {
    pattern: /\b(?:can'?t|cannot|can not)\s+talk\b/gi,
    message: 'Say how the person communicates ("non-speaking; uses a text-to-speech app", "communicates by gesture and yes/no cards").',
    suggest: [],
    fix: 'none',
    severity: 'info',
    personSubject: true,
  },
];

export default defineRule({
  id: 'pfl.sensory-communication',
  family: 'disability',
  severity: { clinical: 'warning', reflection: 'warning' },
  anchor: /deaf|hearing|mute|dumb|talk/i,
  // "No tinnitus or hearing impairment" describes nobody.
  contexts: { negated: 'silent' },
  docs: {
    summary: 'Outdated terms for deafness ("deaf and dumb", "hearing-impaired") and for people who do not speak ("mute").',
    why:
      'The National Association of the Deaf and APA style both note that many deaf people reject "hearing-impaired" and find "deaf and dumb" offensive; many culturally Deaf people prefer "Deaf". Describing how a person communicates respects them and helps the next clinician meet them where they are.',
    prefer: '"deaf", "Deaf" (if the person identifies with Deaf culture), "hard of hearing", "non-speaking", "communicates using AAC".',
    exceptions: ['Audiology measurements ("sensorineural hearing loss")', 'Service and device names ("hearing aid")', 'Attributed quotations'],
    sources: ['S15', 'S17a', 'S17b', 'S18'],
  },
  examples: {
    flagged: [
      'Pt is {{deaf and dumb}} per chart.',
      'A {{hearing-impaired}} student joined the group.',
      'He {{is mute}} after the brainstem stroke.',
    ],
    clean: [
      'Episodes of vertigo with no tinnitus or hearing impairment.',
      'She is Deaf and uses ASL; interpreter booked for each visit.',
      'Moderate sensorineural hearing loss, bilateral; uses hearing aids.',
      'Non-speaking; communicates with a tablet and yes/no gestures.',
    ],
  },
  check: (ctx) => checkPhrases(ctx, phrases),
});
