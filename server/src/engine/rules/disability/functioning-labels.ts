/**
 * pfl.functioning-labels — "high-functioning" / "low-functioning" labels.
 */
import { checkPhrases, defineRule, type Phrase } from '../define.ts';

const phrases: Phrase[] = [
  {
    pattern: /\b(?:high|low|higher|lower)[-\s]functioning\b/gi,
    message: 'Functioning labels hide what the person can and cannot do. Describe the abilities and support needs that matter for this task.',
    suggest: [],
    fix: 'none',
  },
  {
    pattern: /\b(?:mildly|severely|profoundly|mild|severe|profound)\s+autistic\b/gi,
    message: 'Severity labels say little about a person. Describe support needs specifically, in the person\'s preferred terms ("autistic person" or "person with autism").',
    suggest: [],
    fix: 'none',
  },
];

export default defineRule({
  id: 'pfl.functioning-labels',
  family: 'disability',
  severity: { clinical: 'info', reflection: 'info' },
  anchor: /functioning|autistic/i,
  docs: {
    summary: 'Functioning and severity labels for autistic and intellectually disabled people.',
    why:
      'Autistic adults widely criticise functioning labels: "high-functioning" can deny a person support, and "low-functioning" can deny them a voice. A specific description of abilities and support needs is more useful clinically and respects the person.',
    prefer: 'Describe abilities and support needs ("follows 2-step verbal directions; needs visual schedule for transitions"); use the person\'s preferred terms.',
    exceptions: ['Attributed quotations.'],
    sources: ['S15', 'S19'],
  },
  examples: {
    flagged: ['He is a {{high-functioning}} autistic student.', 'Group for {{low-functioning}} adults.'],
    clean: ['Autistic student; prefers written instructions and a quiet room for testing.', 'Uses a visual schedule for transitions between stations.'],
  },
  check: (ctx) => checkPhrases(ctx, phrases),
});
