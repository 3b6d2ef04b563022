/** Rules of the adherence family, in documentation order. */
import type { Rule } from '../define.ts';

export const adherenceRules: Rule[] = [];
