/** Rules of the labels family, in documentation order. */
import type { Rule } from '../define.ts';

export const labelsRules: Rule[] = [];
