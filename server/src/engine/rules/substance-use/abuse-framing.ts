/**
 * sud.abuse-framing — "substance abuse", "abuses alcohol", "drug habit", "drug problem".
 */
import { checkPhrases, defineRule, type Phrase } from '../define.ts';
import { SUBSTANCE } from './shared.ts';

const MESSAGE = '"Abuse" frames a health condition as wrongdoing. Say "substance use" ("alcohol use", "opioid use"), "unhealthy alcohol use", or the diagnosis ("alcohol use disorder") if one was made.';
/** ICD-10 descriptors ("Alcohol abuse, uncomplicated", "F10.10") are billing text, not the writer's wording. */
const ICD_AFTER = /^\s*,\s*(?:uncomplicated|in\s+remission|with\s+(?:intoxication|withdrawal|\w+[-\s]induced)|unspecified)\b|^\s*\(?\s*F1\d\.\d/i;
const ICD_BEFORE = /\bF1\d\.\d{1,2}\s*[-–:)]?\s*$|\bICD(?:-10)?\b[^.]{0,30}$/i;

/** "alcohol" for ETOH, otherwise the substance as written. */
const named = (s: string) => (/^etoh$/i.test(s) ? 'alcohol' : s);

const phrases: Phrase[] = [
  {
    // "substance abuse", "ETOH abuse", "history of drug abuse"
    pattern: new RegExp(`\\b(${SUBSTANCE}|IV\\s+drug|intravenous\\s+drug|polysubstance|poly-?drug)[-\\s]+(?:drug\\s+)?abuse\\b(?!\\s+(?:of|by|from|against))`, 'gi'),
    message: MESSAGE,
    suggest: (m) => {
      const kind = named(m[1]!);
      return [`${kind} use`, /^(?:alcohol)$/i.test(kind) ? 'unhealthy alcohol use' : `${kind} use disorder`];
    },
    fix: 'suggest',
  },
  {
    // "abuses alcohol", "was abusing opioids"
    pattern: new RegExp(`\\b(abuses|abused|abusing|abuse)\\s+((?:(?:prescription|illicit|street|IV|intravenous)\\s+)?${SUBSTANCE})\\b`, 'gi'),
    message: MESSAGE,
    suggest: (m) => {
      const verb = ({ abuses: 'uses', abused: 'used', abusing: 'using', abuse: 'use' } as Record<string, string>)[m[1]!.toLowerCase()]!;
      return [`${verb} ${named(m[2]!)}`];
    },
    fix: 'suggest',
    // "abuse" as a noun after a maltreatment word ("sexual abuse, drugs …") is not this verb.
    unless: (m, ctx) => /\b(?:physical|sexual|emotional|verbal|child|elder|domestic|financial|substance)\s*$/i.test(ctx.text.slice(Math.max(0, m.index - 20), m.index)),
  },
  {
    pattern: new RegExp(`\\b(?:(?:${SUBSTANCE}|smoking|drinking|needle)[-\\s]+habits?|(?:drug|drugs|alcohol|ETOH|EtOH|substance|heroin|cocaine|meth|opioid|opiate|drinking)[-\\s]+problems?|problem\\s+(?:with\\s+)?(?:drinking|drugs|alcohol)|problem\\s+drinker)\\b`, 'gi'),
    message: '"Habit" and "problem" make substance use sound like a character flaw or a choice. Describe the use ("smokes 10 cigarettes/day", "drinks 6–8 beers daily") or name the diagnosis.',
    suggest: (m) => {
      const w = m[0].toLowerCase();
      if (/problem\s+drinker/.test(w)) return ['person with unhealthy alcohol use'];
      if (/drinking|alcohol|etoh/.test(w)) return ['alcohol use'];
      if (/smoking|tobacco|nicotine/.test(w)) return ['tobacco use'];
      return ['substance use'];
    },
    fix: 'suggest',
    // "Problem" only when said of a person ("has a drinking problem"), not a pharmacy "drug problem with the dosing".
    unless: (m, ctx) =>
      !/habit|problem\s+drinker|problem\s+with/i.test(m[0]) &&
      !/\b(?:has|had|have|having|with|his|her|their|pt'?s|patient'?s|history\s+of|hx\s+of|h\/o|known|reports?|reported|describes|described|admits|admitted|denies|mentions?|mentioned|about)\s+(?:(?:a|an)\s+)?(?:(?:serious|bad|big|long[-\s]?standing|expensive|daily|\d+[-\s]year)\s+)?$/i.test(ctx.text.slice(Math.max(0, m.index - 40), m.index)),
  },
];

export default defineRule({
  id: 'sud.abuse-framing',
  family: 'substance-use',
  severity: { clinical: 'warning', reflection: 'warning' },
  anchor: /abus|habit|problem/i,
  // "No tobacco, alcohol, or drug abuse" labels nobody; a relative's history is reported, not the patient framed.
  contexts: { negated: 'silent', hypothetical: 'silent', relative: 'info' },
  docs: {
    summary: '"Substance abuse", "drug abuse", "abuses alcohol", "drug habit", "drinking problem".',
    why:
      'In a study of more than 80 million notes, "substance abuse" was one of only five terms that were stigmatizing in nearly every use. "Abuse" casts a treatable condition as misconduct, and "habit" suggests it is simply a choice. The source text describes care as a partnership aimed at the person\'s goals; a neutral description of use keeps that door open for someone who may need treatment.',
    prefer: '"substance use", "alcohol use", "unhealthy/hazardous alcohol use", "opioid use disorder" (when diagnosed), or the amount and pattern of use.',
    exceptions: [
      'Negated mentions, including every item of a negated list ("No tobacco, alcohol, or drug abuse"); a relative\'s history ("father with alcohol abuse") is reported at info.',
      'Abuse as maltreatment: "physical/sexual/emotional abuse", "child abuse", "elder abuse", "history of abuse" in safeguarding notes.',
      '"Bowel habits", "sleep habits", "exercise habits".',
      'ICD-10 descriptors quoted verbatim ("Alcohol abuse, uncomplicated", F10.10) are reported as info only.',
      'The patient\'s own words in an attributed quotation.',
    ],
    sources: ['S11', 'S12', 'S20'],
  },
  examples: {
    flagged: [
      'PMH: {{substance abuse}}, HTN, L TKA.',
      'Hx of {{ETOH abuse}}; last drink 2 years ago.',
      'Pt {{abuses alcohol}} on weekends per roommate.',
      'Reports a {{drug habit}} in his twenties.',
      'Mother has a {{drinking problem}}.',
    ],
    clean: [
      'No tobacco, alcohol, or drug abuse.',
      'She does not smoke cigarettes, abuse alcohol, nor use any illicit drugs.',
      'History of childhood physical and sexual abuse; safeguarding plan in place.',
      'Screened for elder abuse per protocol; no concerns.',
      'Bowel habits regular; sleep habits improved.',
      'Substance use: none; alcohol use: 2 drinks/week.',
      'Pt states, "My dad called it drug abuse, but it was pain."',
    ],
  },
  check: (ctx) => {
    checkPhrases(
      {
        ...ctx,
        report: (r) => {
          const icd = ICD_AFTER.test(ctx.text.slice(r.end, r.end + 40)) || ICD_BEFORE.test(ctx.text.slice(Math.max(0, r.start - 40), r.start));
          ctx.report(icd ? { ...r, severity: 'info', message: `${r.message} (This looks like an ICD-10 descriptor; keep it in a code field if it must stay verbatim.)` } : r);
        },
      },
      phrases,
    );
  },
});
