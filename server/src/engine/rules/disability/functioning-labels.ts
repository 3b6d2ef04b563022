/**
 * pfl.functioning-labels — "high-functioning" / "low-functioning" labels.
 */
import { defineRule } from '../define.ts';

export default defineRule({
  id: 'pfl.functioning-labels',
  family: 'disability',
  severity: { clinical: 'info', reflection: 'info' },
  terms: [
    {
      match: 'high-functioning|low-functioning|higher-functioning|lower-functioning',
      message: '"{match}": functioning labels hide what the person can and cannot do. Describe the abilities and support needs that matter for this task.',
    },
    {
      match: 'mildly|severely|profoundly|mild|severe|profound autistic',
      message: '"{match}": severity labels say little about a person. Describe support needs specifically, in the person\'s preferred terms ("autistic person" or "person with autism").',
    },
  ],
  docs: {
    summary: 'Functioning and severity labels for autistic and intellectually disabled people.',
    why:
      'Autistic adults widely criticise functioning labels: "high-functioning" can deny a person support, and "low-functioning" can deny them a voice. A specific description of abilities and support needs is more useful clinically and respects the person.',
    prefer: 'Describe abilities and support needs ("follows 2-step verbal directions; needs visual schedule for transitions"); use the person\'s preferred terms.',
    exceptions: ['Attributed quotations.'],
    sources: ['S15', 'S19'],
  },
  examples: {
    flagged: ['He is a {{high-functioning}} autistic student.', 'Group for {{low-functioning}} adults.', 'Described as {{severely autistic}} in the referral.'],
    clean: ['Autistic student; prefers written instructions and a quiet room for testing.', 'Uses a visual schedule for transitions between stations.'],
  },
});
