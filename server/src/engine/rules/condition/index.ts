/** Rules of the condition family, in documentation order. */
import type { Rule } from '../define.ts';

export const conditionRules: Rule[] = [];
