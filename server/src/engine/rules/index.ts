/**
 * The rule registry: every built-in rule, grouped by family in documentation
 * order. Each family folder lists its rules in its own index.ts; docs and the
 * settings schema are generated from this list.
 */
import type { Rule } from './define.ts';
import { credibilityRules } from './credibility/index.ts';
import { labelsRules } from './labels/index.ts';
import { adherenceRules } from './adherence/index.ts';
import { powerRules } from './power/index.ts';
import { descriptorsRules } from './descriptors/index.ts';
import { disabilityRules } from './disability/index.ts';
import { conditionRules } from './condition/index.ts';
import { substanceUseRules } from './substance-use/index.ts';
import { dignityRules } from './dignity/index.ts';
import { documentationRules } from './documentation/index.ts';
import { identifiersRules } from './identifiers/index.ts';

export const RULES: readonly Rule[] = [
  ...credibilityRules,
  ...labelsRules,
  ...adherenceRules,
  ...powerRules,
  ...descriptorsRules,
  ...disabilityRules,
  ...conditionRules,
  ...substanceUseRules,
  ...dignityRules,
  ...documentationRules,
  ...identifiersRules,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

for (const rule of RULES) {
  if (RULES.filter((r) => r.id === rule.id).length > 1) throw new Error(`Duplicate rule id ${rule.id}`);
}
