/** Rules of the power family, in documentation order. */
import type { Rule } from '../define.ts';

export const powerRules: Rule[] = [];
