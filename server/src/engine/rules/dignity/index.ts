/** Rules of the dignity family, in documentation order. */
import type { Rule } from '../define.ts';
import endearments from './endearments.ts';
import collectiveWe from './collective-we.ts';
import childTerms from './child-terms.ts';

export const dignityRules: Rule[] = [endearments, collectiveWe, childTerms];
