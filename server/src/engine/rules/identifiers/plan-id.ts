/**
 * phi.plan-id — health plan beneficiary and member numbers.
 */
import { defineRule } from '../define.ts';
import { DEIDENTIFY, ID, LABEL_TAIL } from './patterns.ts';

export default defineRule({
  id: 'phi.plan-id',
  family: 'identifiers',
  severity: { clinical: 'off', reflection: 'error' },
  quoteExempt: false,
  message: `This looks like a health plan member number. ${DEIDENTIFY}`,
  defaults: { suggest: ['[plan ID removed]'], fix: 'suggest', when: ['recordNumber'] },
  terms: [
    // The number named, then labelled again: "His Medicaid number, ID XQ4418273, was on the bed card".
    { match: `medicaid|medicare|insurance|member|subscriber|plan number|no|# ,|:|- id :? ${ID}` },
    // …or printed with the payer's own prefix: "his Medicaid number, MCD 88210447B".
    { match: `medicaid|medicare|insurance|member|subscriber|plan number|no|# ,|:|- #upper ${ID}` },
    {
      match: `member_id|member|subscriber_id|subscriber|policy|group|insurance_id|insurance|health_plan_id|health_plan|beneficiary_id|beneficiary|medicaid_id|medicaid|medicare_id|medicare_mbi|medicare|mbi|hicn ${LABEL_TAIL} ${ID}`,
    },
  ],
  docs: {
    summary: 'Health plan beneficiary numbers: member ID, Medicaid or Medicare number, policy or group number, followed by letters and digits.',
    why:
      'A plan member number identifies one person to their insurer and is a Safe Harbor identifier. A reflection needs the payer type at most ("Medicaid"), never the number.',
    prefer: 'Name the payer type if it matters to the story ("covered by Medicaid"), without the number.',
    exceptions: ['Payer names without a number ("Medicare Part B", "Medicaid waiver").', 'Years and short numbers ("Medicare 2024 guidelines").'],
    sources: ['S31'],
  },
  examples: {
    flagged: [
      { text: 'Her {{Medicare number, ID 1EG4TE5MK72}} was on the referral. => Her [plan ID removed] was on the referral.', mode: 'reflection' },
      { text: 'Auth pending for {{Medicaid # MX4471829}}. => Auth pending for [plan ID removed].', mode: 'reflection' },
      { text: 'I copied his {{Medicaid number, MCD 55120938K}} onto the seating order. => I copied his [plan ID removed] onto the seating order.', mode: 'reflection' },
      { text: '{{Member ID: XJH9920114}} was on the intake form. => [plan ID removed] was on the intake form.', mode: 'reflection' },
    ],
    clean: [
      { text: 'Covered by Medicare Part B; Medicaid waiver pending.', mode: 'reflection' },
      { text: 'Per Medicare 2024 guidelines, progress note due every 10 visits.', mode: 'reflection' },
      { text: 'Group exercise class twice weekly.', mode: 'reflection' },
    ],
  },
});
