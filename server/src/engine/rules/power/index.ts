/** Rules of the power family, in documentation order. */
import type { Rule } from '../define.ts';
import unilateral from './unilateral.ts';
import doneTo from './done-to.ts';
import boundary from './boundary.ts';

export const powerRules: Rule[] = [unilateral, doneTo, boundary];
