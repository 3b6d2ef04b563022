/** Rules of the disability family, in documentation order. */
import type { Rule } from '../define.ts';
import wheelchairBound from './wheelchair-bound.ts';
import sufferingVictim from './suffering-victim.ts';
import conditionAsPerson from './condition-as-person.ts';
import euphemism from './euphemism.ts';
import sensoryCommunication from './sensory-communication.ts';
import functioningLabels from './functioning-labels.ts';
import languagePreference from './language-preference.ts';

export const disabilityRules: Rule[] = [wheelchairBound, sufferingVictim, conditionAsPerson, euphemism, sensoryCommunication, functioningLabels, languagePreference];
