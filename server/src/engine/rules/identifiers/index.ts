/** Rules of the identifiers family, in documentation order. */
import type { Rule } from '../define.ts';

export const identifiersRules: Rule[] = [];
