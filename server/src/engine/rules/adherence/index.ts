/** Rules of the adherence family, in documentation order. */
import type { Rule } from '../define.ts';
import noncompliant from './noncompliant.ts';
import nonadherent from './nonadherent.ts';
import refused from './refused.ts';
import failed from './failed.ts';
import disapproval from './disapproval.ts';

export const adherenceRules: Rule[] = [noncompliant, nonadherent, refused, failed, disapproval];
