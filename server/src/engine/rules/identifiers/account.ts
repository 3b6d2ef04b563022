/**
 * phi.account — account numbers (billing, bank) and card numbers.
 */
import { defineRule } from '../define.ts';
import { DEIDENTIFY, hits, labelled, placeholder, reportHits, rawText } from './patterns.ts';

const ACCOUNT = labelled('acct|account|billing|invoice|bank\\s+account', '\\d[\\d-]{3,}\\d(?![\\w-])');
const CARD = /(?<![\w-])\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{1,4}(?![\w-])/g;

export default defineRule({
  id: 'phi.account',
  family: 'identifiers',
  severity: { clinical: 'off', reflection: 'error' },
  quoteExempt: false,
  anchor: /acct|account|billing|invoice|\d{4}[ -]\d{4}[ -]\d{4}/i,
  docs: {
    summary: 'Account numbers ("acct # 20931177", "billing account 5531-0098") and payment card numbers.',
    why: 'Account numbers tie a story to one person\'s billing or bank record; Safe Harbor lists them as identifiers.',
    prefer: 'Leave the number out; describe the billing issue in general terms if it matters ("a billing problem delayed the wheelchair repair").',
    exceptions: ['"Account" in its ordinary sense ("took into account", "his account of the fall").', 'Numbers shorter than 5 digits.'],
    sources: ['S31'],
  },
  examples: {
    flagged: [
      { text: 'Billing held the repair under {{acct # 20931177}}.', mode: 'reflection' },
      { text: 'She read out her card, {{4111 1111 1111 1111}}, at the front desk.', mode: 'reflection' },
    ],
    clean: [
      { text: 'His account of the fall matched the caregiver\'s.', mode: 'reflection' },
      { text: 'Took fatigue into account; 3 sets of 10.', mode: 'reflection' },
    ],
  },
  check: (ctx) => {
    const found = [...hits(rawText(ctx), ACCOUNT), ...hits(rawText(ctx), CARD)];
    reportHits(ctx, found.map((h) => ({ start: h.start, end: h.end, message: `This looks like an account or card number. ${DEIDENTIFY}`, ...placeholder('account number') })));
  },
});
