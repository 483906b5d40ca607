/** Dependence on cloud, vendors or platforms, and exit safeguards (exit strategy, open standards, portability). */
import { DEPENDENCY_PHRASES, EXIT_PHRASES } from '../lexicon/dependency.js';
import { PhraseMatcher } from '../phrases.js';
import type { TextMatch } from '../../types.js';
import { spanOf, type SentenceView } from '../view.js';

const dependency = new PhraseMatcher(DEPENDENCY_PHRASES.map((pattern) => ({ pattern, data: null })));
const exit = new PhraseMatcher(EXIT_PHRASES.map((pattern) => ({ pattern, data: null })));

export function detectDependency(view: SentenceView): TextMatch | null {
  const m = dependency.findAll(view.tokens)[0];
  return m ? spanOf(view, m.from, m.to) : null;
}

export function detectExitStrategy(view: SentenceView): TextMatch | null {
  const m = exit.findAll(view.tokens)[0];
  return m ? spanOf(view, m.from, m.to) : null;
}
