/** Rules of the substance-use family, in documentation order. */
import type { Rule } from '../define.ts';

export const substanceUseRules: Rule[] = [];
