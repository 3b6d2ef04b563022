/**
 * Substance-use context shared by the SUD rules (not a rule file). "Clean",
 * "relapse", "user" and "habit" are ordinary words in therapy notes ("clean and
 * dry", "relapsing-remitting MS", "wheelchair user", "bowel habits"); they are
 * about substance use only when a substance or SUD-treatment word is near.
 */
import type { RunContext } from '../define.ts';

export const SUBSTANCE =
  '(?:substances?|drugs?|alcohol|ETOH|EtOH|opioids?|opiates?|narcotics?|heroin|fentanyl|cocaine|crack|meth|methamphetamines?|amphetamines?|stimulants?|benzos?|benzodiazepines?|cannabis|marijuana|THC|pot|weed|prescription\\s+(?:drugs?|opioids?|pills?)|pills?|polysubstance|IV\\s+drugs?|intravenous\\s+drugs?|oxy(?:codone|contin)?|percocet|xanax|ketamine|PCP|MDMA|ecstasy|inhalants?|kratom|tobacco|nicotine)';

/** Words that put a sentence in substance-use context. */
export const SUD_CONTEXT = new RegExp(
  `\\b(?:${SUBSTANCE}|drinking|drinks|drank|sober|sobriety|intoxicated|overdose|OD'?d|SUD|OUD|AUD|MOUD|MAT|methadone|buprenorphine|bupe|suboxone|naltrexone|vivitrol|naloxone|narcan|AA|NA|rehab\\s+for|detox|in\\s+recovery(?!\\s+(?:room|unit|bay|area|position))|years?\\s+sober|back\\s+in\\s+treatment|recovery\\s+(?:program|meeting|coach)|using\\s+(?:again|drugs|heroin|opioids)|tox(?:icology)?\\s+screen|UDS|urine\\s+drug|injects?|injecting|needle|shooting\\s+up|smoking|vaping|cigarettes?|use\\s+disorder)\\b`,
  'i',
);

/** Whether the sentence around [start, end) is about substance use. */
export function sudContext(ctx: RunContext, start: number, end: number): boolean {
  const sentence = ctx.sentenceAt(start);
  // A window inside the sentence keeps this cheap on run-on text.
  const text = ctx.text.slice(Math.max(sentence.start, start - 150), Math.min(Math.max(sentence.end, end), end + 150));
  return SUD_CONTEXT.test(text);
}
