/** Rules of the condition family, in documentation order. */
import type { Rule } from '../define.ts';
import diabeticPerson from './diabetic-person.ts';
import weight from './weight.ts';
import mentalHealthLabels from './mental-health-labels.ts';
import dementiaAge from './dementia-age.ts';
import caseSynecdoche from './case-synecdoche.ts';

export const conditionRules: Rule[] = [diabeticPerson, weight, mentalHealthLabels, dementiaAge, caseSynecdoche];
