/** Rules of the descriptors family, in documentation order. */
import type { Rule } from '../define.ts';

export const descriptorsRules: Rule[] = [];
