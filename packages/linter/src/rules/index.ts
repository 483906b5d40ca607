import type { RuleModule } from '../engine/rule-api.js';
import absoluteClaim from './absolute-claim.js';
import deferral from './deferral.js';
import directiveNeedsReason from './directive-needs-reason.js';
import hype from './hype.js';
import longSentence from './long-sentence.js';
import missingDeadline from './missing-deadline.js';
import missingExitStrategy from './missing-exit-strategy.js';
import missingFunding from './missing-funding.js';
import missingMeasure from './missing-measure.js';
import missingOwner from './missing-owner.js';
import missingProblem from './missing-problem.js';
import nominalization from './nominalization.js';
import passiveVoice from './passive-voice.js';
import plainLanguage from './plain-language.js';
import unknownRule from './unknown-rule.js';
import unparsedMarkup from './unparsed-markup.js';
import unusedDisable from './unused-disable.js';
import vagueTerm from './vague-term.js';

/** Every rule, in the order the documentation lists them: advice criteria first, then language, then housekeeping. */
export const rules: readonly RuleModule[] = [
  missingOwner,
  missingDeadline,
  missingMeasure,
  missingProblem,
  missingFunding,
  deferral,
  missingExitStrategy,
  vagueTerm,
  hype,
  absoluteClaim,
  passiveVoice,
  nominalization,
  plainLanguage,
  longSentence,
  directiveNeedsReason,
  unknownRule,
  unusedDisable,
  unparsedMarkup,
];
