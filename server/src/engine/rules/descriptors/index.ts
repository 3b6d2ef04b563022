/** Rules of the descriptors family, in documentation order. */
import type { Rule } from '../define.ts';
import positiveEvaluative from './positive-evaluative.ts';
import appearanceJudgment from './appearance-judgment.ts';
import irrelevantIdentity from './irrelevant-identity.ts';

export const descriptorsRules: Rule[] = [positiveEvaluative, appearanceJudgment, irrelevantIdentity];
