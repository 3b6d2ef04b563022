/**
 * phi.account — account and payment card numbers.
 */
import { defineRule } from '../define.ts';
import { DEIDENTIFY, ID, LABEL_TAIL } from './patterns.ts';

export default defineRule({
  id: 'phi.account',
  family: 'identifiers',
  severity: { clinical: 'off', reflection: 'error' },
  quoteExempt: false,
  message: `This looks like an account or card number. ${DEIDENTIFY}`,
  defaults: { suggest: ['[account number removed]'], fix: 'suggest' },
  terms: [
    { match: `acct|account|billing|invoice|bank_account ${LABEL_TAIL} #int +-|#int{0,6}`, when: ['recordNumber'] },
    // Letters in front of the digits: "account # HA-88120947".
    { match: `acct|account|billing|invoice|bank_account ${LABEL_TAIL} #word +- +#int`, when: ['recordNumber'] },
    { match: '#int -? #int -? #int -? #int', when: ['cardShape'] },
  ],
  docs: {
    summary: 'Account numbers ("acct # 20931177", "billing account 5531-0098") and payment card numbers.',
    why: 'Account numbers tie a story to one person\'s billing or bank record; Safe Harbor lists them as identifiers.',
    prefer: 'Leave the number out; describe the billing issue in general terms if it matters ("a billing problem delayed the wheelchair repair").',
    exceptions: ['"Account" in its ordinary sense ("took into account", "his account of the fall").', 'Numbers shorter than 5 digits.'],
    sources: ['S31'],
  },
  examples: {
    flagged: [
      { text: 'Billing held the repair under {{acct # 20931177}}. => Billing held the repair under [account number removed].', mode: 'reflection' },
      { text: 'Her hospital {{account # HA-88120947}} showed up on the printout.', mode: 'reflection' },
      { text: 'She read out her card, {{4111 1111 1111 1111}}, at the front desk. => She read out her card, [account number removed], at the front desk.', mode: 'reflection' },
    ],
    clean: [
      { text: 'His account of the fall matched the caregiver\'s.', mode: 'reflection' },
      { text: 'Took fatigue into account; 3 sets of 10.', mode: 'reflection' },
    ],
  },
});
