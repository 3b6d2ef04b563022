/** Rules of the dignity family, in documentation order. */
import type { Rule } from '../define.ts';

export const dignityRules: Rule[] = [];
