/**
 * phi.plan-id — health plan beneficiary numbers (member ID, Medicaid/Medicare numbers).
 */
import { defineRule } from '../define.ts';
import { DEIDENTIFY, hits, labelled, placeholder, reportHits, rawText } from './patterns.ts';

const PLAN = labelled(
  'member\\s*id|member|subscriber(?:\\s*id)?|policy|group|insurance(?:\\s*id)?|health\\s+plan(?:\\s*id)?|beneficiary(?:\\s*id)?|medicaid(?:\\s*id)?|medicare(?:\\s*(?:id|mbi))?|MBI|HICN',
  '[A-Z0-9][A-Z0-9-]{3,}[A-Z0-9](?![\\w-])',
);

export default defineRule({
  id: 'phi.plan-id',
  family: 'identifiers',
  severity: { clinical: 'off', reflection: 'error' },
  quoteExempt: false,
  anchor: /member|subscriber|policy|group|insurance|health\s+plan|beneficiary|medicaid|medicare|mbi|hicn/i,
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
      { text: 'Auth pending for {{Medicaid # MX4471829}}.', mode: 'reflection' },
      { text: '{{Member ID: XJH9920114}} was on the intake form.', mode: 'reflection' },
    ],
    clean: [
      { text: 'Covered by Medicare Part B; Medicaid waiver pending.', mode: 'reflection' },
      { text: 'Per Medicare 2024 guidelines, progress note due every 10 visits.', mode: 'reflection' },
      { text: 'Group exercise class twice weekly.', mode: 'reflection' },
    ],
  },
  check: (ctx) => {
    reportHits(
      ctx,
      hits(rawText(ctx), PLAN)
        .filter((h) => /\d/.test(h.match[1]!) && h.match[1]!.replace(/[^A-Za-z0-9]/g, '').length >= 6)
        .map((h) => ({ start: h.start, end: h.end, message: `This looks like a health plan member number. ${DEIDENTIFY}`, ...placeholder('plan ID') })),
    );
  },
});
