/** Rules of the credibility family, in documentation order. */
import type { Rule } from '../define.ts';
import judgmentVerb from './judgment-verb.ts';
import doubtAdjective from './doubt-adjective.ts';
import historian from './historian.ts';
import scareQuotes from './scare-quotes.ts';
import denies from './denies.ts';
import complainsOf from './complains-of.ts';

export const credibilityRules: Rule[] = [judgmentVerb, doubtAdjective, historian, scareQuotes, denies, complainsOf];
