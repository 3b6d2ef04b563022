/** Rules of the substance-use family, in documentation order. */
import type { Rule } from '../define.ts';
import personLabels from './person-labels.ts';
import abuseFraming from './abuse-framing.ts';
import cleanDirty from './clean-dirty.ts';
import treatmentTerms from './treatment-terms.ts';

export const substanceUseRules: Rule[] = [personLabels, abuseFraming, cleanDirty, treatmentTerms];
