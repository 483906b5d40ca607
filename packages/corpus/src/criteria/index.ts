import type { Criterion, CriterionId } from '../model.js';
import { absolute } from './absolute.js';
import { deadline } from './deadline.js';
import { deferral } from './deferral.js';
import { exitStrategy } from './exit-strategy.js';
import { funding } from './funding.js';
import { hype } from './hype.js';
import { measurable } from './measurable.js';
import { owner } from './owner.js';
import { problem } from './problem.js';
import { readability } from './readability.js';
import { vagueLanguage } from './vague-language.js';

export { absolute, deadline, deferral, exitStrategy, funding, hype, measurable, owner, problem, readability, vagueLanguage };

/**
 * The Scherp criteria catalogue: what concrete advice needs, each criterion traced to where the corpus argues
 * it. Order: the five things advice must say (who, when, what result, why, who pays), then what it must avoid.
 */
export const criteria: readonly Criterion[] = [
  owner,
  deadline,
  measurable,
  problem,
  funding,
  vagueLanguage,
  hype,
  deferral,
  absolute,
  exitStrategy,
  readability,
];

/** Every criterion id, in catalogue order. */
export const criterionIds: readonly CriterionId[] = criteria.map((c) => c.id);

const byId = new Map<string, Criterion>(criteria.map((c) => [c.id, c]));

/** The criterion with this id; `undefined` for an unknown string. */
export function getCriterion(id: CriterionId): Criterion;
export function getCriterion(id: string): Criterion | undefined;
export function getCriterion(id: string): Criterion | undefined {
  return byId.get(id);
}

/** True when `id` names a criterion in the catalogue. */
export function isCriterionId(id: string): id is CriterionId {
  return byId.has(id);
}
