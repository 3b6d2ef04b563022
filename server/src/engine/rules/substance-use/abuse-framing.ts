/**
 * sud.abuse-framing — "substance abuse", "abuses alcohol", "drug habit", "drug problem".
 */
import { defineRule } from '../define.ts';
import type { TermDefaults } from '../../terms/terms.ts';

const MESSAGE = '"{match}" frames a health condition as wrongdoing. Say "substance use" ("alcohol use", "opioid use"), "unhealthy alcohol use", or the diagnosis ("alcohol use disorder") if one was made.';
const HABIT = '"{match}" makes substance use sound like a character flaw or a choice. Describe the use ("smokes 10 cigarettes/day", "drinks 6–8 beers daily") or name the diagnosis.';
const ALCOHOL_ABUSE = 'alcohol|etoh -? abuse';
const SUBSTANCE_ABUSE = '@substance|iv_drug|intravenous_drug|polydrug|poly-drug -? drug? abuse';
/** ICD-10 descriptors ("Alcohol abuse, uncomplicated", "F10.10") are billing text, not the writer's wording: info. */
const ICD: TermDefaults = {
  severity: 'info',
  message: `${MESSAGE} (This looks like an ICD-10 descriptor; keep it in a code field if it must stay verbatim.)`,
};
const ICD_AFTER = [', uncomplicated|unspecified', ', in remission', ', with intoxication|withdrawal', ', with #word -? induced', '(? f10|f11|f12|f13|f14|f15|f16|f18|f19 .'];
const ICD_BEFORE = ['f10|f11|f12|f13|f14|f15|f16|f18|f19 . #int -|:|)?', '... icd|icd-10'];
/** "Has a drinking problem", "history of drug problems": a problem said of a person, not of a dosing schedule. */
const OF_A_PERSON = ['@have|with|@possessive|known|report/v|describe/v|admit/v|deny/v|mention/v|about|history_of|hx_of'];
/**
 * A relative's history in its diagnostic words ("father with alcohol abuse" under FAMILY HISTORY, "ex-husband
 * died from … alcohol abuse") records a risk factor about someone else, not how the patient is framed.
 */
const RELATIVES_HISTORY = { relative: 'silent' } as const;
/** A standard EHR section heading ("SUBSTANCE ABUSE HISTORY:") names the template's field, not the writer's view. */
const HEADING = 'history|hx|screening :';
/** The article and any adjective go with the phrase, so the suggestion replaces "a serious drinking problem" whole. */
const A_PROBLEM = 'a|an? serious|bad|big|real|major|huge|terrible|significant|severe|long-standing|longstanding|expensive|daily?';

export default defineRule({
  id: 'sud.abuse-framing',
  family: 'substance-use',
  severity: { clinical: 'warning', reflection: 'warning' },
  message: MESSAGE,
  terms: [
    { match: ALCOHOL_ABUSE, ...ICD, after: ICD_AFTER, suggest: ['alcohol use', 'unhealthy alcohol use'], contexts: RELATIVES_HISTORY },
    { match: ALCOHOL_ABUSE, ...ICD, before: ICD_BEFORE, suggest: ['alcohol use', 'unhealthy alcohol use'], contexts: RELATIVES_HISTORY },
    { match: SUBSTANCE_ABUSE, ...ICD, after: ICD_AFTER, suggest: ['$1 use', '$1 use disorder'], contexts: RELATIVES_HISTORY },
    { match: SUBSTANCE_ABUSE, ...ICD, before: ICD_BEFORE, suggest: ['$1 use', '$1 use disorder'], contexts: RELATIVES_HISTORY },
    // "Abuse of", "abuse by": maltreatment, not a substance.
    { match: ALCOHOL_ABUSE, suggest: ['alcohol use', 'unhealthy alcohol use'], notAfter: ['of|by|from|against', HEADING], contexts: RELATIVES_HISTORY },
    { match: SUBSTANCE_ABUSE, suggest: ['$1 use', '$1 use disorder'], notAfter: ['of|by|from|against', HEADING], contexts: RELATIVES_HISTORY },
    // "Abuses alcohol"; "sexual abuse, drugs …" is a noun of maltreatment, not this verb.
    // "His drink problem": the use as a personal failing.
    { match: 'drink|booze problem/n', suggest: ['alcohol use'], fix: 'none', notBefore: ['@neg'] },
    // "a drinking problem" after an article or a history is reported with its article by the A_PROBLEM terms; bare, here.
    { match: 'drinking problem/n', suggest: ['alcohol use'], fix: 'none', notBefore: ['@neg', 'a|an|has_a|had_a|have_a|with_a|history_of|hx_of|h_/_o #word?'] },
    { match: 'abuse/v etoh', suggest: ['use/v alcohol'], notBefore: ['physical|sexual|emotional|verbal|child|elder|domestic|financial|substance'] },
    { match: 'abuse/v prescription|illicit|street|iv|intravenous? @substance', suggest: ['use/v $2 $3'], notBefore: ['physical|sexual|emotional|verbal|child|elder|domestic|financial|substance'] },
    // "Abuses his oxycodone", "abusing her Xanax": a named drug or the person's own medication.
    { match: 'abuse/v his|her|their|the|prescribed? @substance|@drug', suggest: ['misuse/v $2 $3'], fix: 'none', notBefore: ['physical|sexual|emotional|verbal|child|elder|domestic|financial|substance'] },
    { match: 'drinking|alcohol|etoh -? habit/n', message: HABIT, suggest: ['alcohol use'] },
    { match: 'smoking|tobacco|nicotine -? habit/n', message: HABIT, suggest: ['tobacco use'] },
    { match: '@substance|needle|coke|crack|smack|weed|skunk|charlie|drug -? habit/n', message: HABIT, suggest: ['substance use'] },
    { match: `${A_PROBLEM} drinking|alcohol|etoh -? problem/n`, message: HABIT, suggest: ['unhealthy alcohol use', 'alcohol use'], before: OF_A_PERSON },
    { match: `${A_PROBLEM} drug|drugs|substance|heroin|cocaine|meth|opioid|opiate -? problem/n`, message: HABIT, suggest: ['substance use'], before: OF_A_PERSON },
    // A fragment opening with it has the patient as its implied subject: "Drug problem since his teens."
    { match: `${A_PROBLEM} drinking|alcohol|etoh -? problem/n`, message: HABIT, suggest: ['unhealthy alcohol use', 'alcohol use'], when: ['sentenceStart'], notBefore: ['#word'] },
    { match: `${A_PROBLEM} drug|drugs|substance|heroin|cocaine|meth|opioid|opiate -? problem/n`, message: HABIT, suggest: ['substance use'], when: ['sentenceStart'], notBefore: ['#word'] },
    { match: 'problem with? drinking|alcohol', message: HABIT, suggest: ['alcohol use'] },
    { match: 'problem with? drugs', message: HABIT, suggest: ['substance use'] },
    { match: 'problem drinker/n', message: HABIT, suggest: ['person/n with unhealthy alcohol use'] },
  ],
  // "No tobacco, alcohol, or drug abuse" labels nobody; a relative's history is reported, not the patient framed.
  // A relative's "drinking problem" is still the writer's wording, passed on at info.
  contexts: { negated: 'silent', hypothetical: 'silent', relative: 'info' },
  docs: {
    summary: '"Substance abuse", "drug abuse", "abuses alcohol", "drug habit", "drinking problem".',
    why:
      'In a study of more than 80 million notes, "substance abuse" was one of only five terms that were stigmatizing in nearly every use. "Abuse" casts a treatable condition as misconduct, and "habit" suggests it is simply a choice. The source text describes care as a partnership aimed at the person\'s goals; a neutral description of use keeps that door open for someone who may need treatment.',
    prefer: '"substance use", "alcohol use", "unhealthy/hazardous alcohol use", "opioid use disorder" (when diagnosed), or the amount and pattern of use.',
    exceptions: [
      'Negated mentions, including every item of a negated list ("No tobacco, alcohol, or drug abuse"); a relative\'s history in diagnostic words ("father with alcohol abuse", "her brother died of alcohol abuse") is not reported; a relative\'s "drinking problem" is reported at info.',
      'A standard section heading ("SUBSTANCE ABUSE HISTORY:") names the template\'s field.',
      'Abuse as maltreatment: "physical/sexual/emotional abuse", "child abuse", "elder abuse", "history of abuse" in safeguarding notes.',
      '"Bowel habits", "sleep habits", "exercise habits".',
      'ICD-10 descriptors quoted verbatim ("Alcohol abuse, uncomplicated", F10.10) are reported as info only.',
      'The patient\'s own words in an attributed quotation.',
    ],
    sources: ['S11', 'S12', 'S20'],
  },
  examples: {
    flagged: [
      'Dad\'s {{crack habit}} is the main concern.',
      'Dad has a {{drink problem}}, mum does the caring.',
      'Polysubstance use, {{spice habit}} ++.',
      'PMH: {{substance abuse}}, HTN, L TKA. => PMH: substance use, HTN, L TKA.',
      'Hx of {{ETOH abuse}}; last drink 2 years ago.',
      'Long history of {{alcohol abuse}} in his thirties. => Long history of alcohol use in his thirties.',
      'Pt {{abuses alcohol}} on weekends per roommate. => Pt uses alcohol on weekends per roommate.',
      '{{Abuses his oxycodone}} when the pain flares.',
      'Reports a {{drug habit}} in his twenties.',
      { text: 'His problem list says {{alcohol abuse}}, and I wrote the same in my note without thinking.', mode: 'reflection' },
      { text: 'I charted "{{drug abuse}} history, uses daily" before I knew him at all.', mode: 'reflection' },
      { text: 'The note read "{{drug abuse}} since age 15, now uses daily" and nothing else.', mode: 'reflection' },
      'Mother has {{a drinking problem}}. => Mother has unhealthy alcohol use.',
      '{{Drug problem}} since college, sober 2 years. => Substance use since college, sober 2 years.',
    ],
    clean: [
      'No drink problem reported by the family.',
      'The intake form still uses "substance abuse" as a heading; the clinic is changing it.',
      'No tobacco, alcohol, or drug abuse.',
      'She does not smoke cigarettes, abuse alcohol, nor use any illicit drugs.',
      'History of childhood physical and sexual abuse; safeguarding plan in place.',
      'Screened for elder abuse per protocol; no concerns.',
      'Bowel habits regular; sleep habits improved.',
      'Substance use: none; alcohol use: 2 drinks/week.',
      'FAMILY HISTORY:\n\nFather with alcohol abuse and diabetes.',
      'Her brother died in 2001 of complications of alcohol abuse.',
      '**SUBSTANCE ABUSE HISTORY:** Denies tobacco and alcohol.',
      'Pt states, "My dad called it drug abuse, but it was pain."',
      { text: "I realised I treated him differently once I saw 'alcohol abuse' in the problem list.", mode: 'reflection' },
      { text: 'The referral said "substance abuse" and nothing about his job or his kids.', mode: 'reflection' },
      { text: 'Every note in his chart repeats "drug abuse", copied forward since 2015.', mode: 'reflection' },
    ],
  },
});
