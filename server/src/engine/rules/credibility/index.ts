/** Rules of the credibility family, in documentation order. */
import type { Rule } from '../define.ts';

export const credibilityRules: Rule[] = [];
