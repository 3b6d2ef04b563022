/** Rules of the documentation family, in documentation order. */
import type { Rule } from '../define.ts';

export const documentationRules: Rule[] = [];
