/** Rules of the documentation family, in documentation order. */
import type { Rule } from '../define.ts';
import jcDoNotUse from './jc-do-not-use.ts';
import ismpErrorProne from './ismp-error-prone.ts';
import unprofessionalTone from './unprofessional-tone.ts';
import vagueOutcome from './vague-outcome.ts';
import goalStructure from './goal-structure.ts';

export const documentationRules: Rule[] = [jcDoNotUse, ismpErrorProne, unprofessionalTone, vagueOutcome, goalStructure];
