/** Small building blocks shared by rule modules. */
import type { TextEdit } from '../types.js';
import { PLACEHOLDERS, findPlaceholders } from '../placeholders.js';
import type { PlaceholderTopic } from '../placeholders.js';
import type { AdviceUnit, CheckedSentence, RuleContext, RuleModule, SuggestionDescriptor } from '../engine/rule-api.js';

/** Identity function that type-checks a rule module. */
export function defineRule(rule: RuleModule): RuleModule {
  return rule;
}

/** Index in a sentence just before its closing punctuation (and closing quotes/brackets), or its end. */
export function endOfClause(text: string): number {
  const m = /[.!?…:;]+["'”’)\]]*\s*$/.exec(text);
  return m ? m.index : text.trimEnd().length;
}

/** An edit inserting `placeholder` at the start (`[wie?] Er moet …`) or before the final punctuation. */
export function placeholderEdit(
  ctx: RuleContext,
  s: CheckedSentence,
  placeholder: string,
  where: 'start' | 'end',
): TextEdit | null {
  const at = where === 'start' ? 0 : endOfClause(s.sentence.text);
  const range = ctx.sourceRange(s, at, at);
  if (!range) return null;
  return { range, text: where === 'start' ? `${placeholder} ` : ` ${placeholder}` };
}

/** The suggestion text every `missing-*` rule offers with its placeholder ("[wie?]", "[wanneer?]"). */
export const INSERT_PLACEHOLDER_MESSAGE = {
  nl: 'Voeg plaatshouder ‘{placeholder}’ in',
  en: 'Insert placeholder ‘{placeholder}’',
};

/**
 * Reports a missing advice criterion at the advice cue, offering an insertion placeholder when possible. When
 * the advice sentence already holds that criterion's placeholder ("[wie?]"), the criterion is an open task:
 * the rule reports it at the placeholder with its `open` message ("nog invullen") and offers no second one.
 */
export function reportMissing(
  ctx: RuleContext,
  unit: AdviceUnit,
  topic: Exclude<PlaceholderTopic, 'other' | 'exit'>,
  where: 'start' | 'end',
): void {
  const open = findPlaceholders(unit.sentence.sentence.text).find((p) => p.topic === topic);
  if (open) {
    ctx.report({
      sentence: unit.sentence,
      match: { start: open.start, end: open.end },
      messageId: 'open',
      data: { placeholder: open.text },
    });
    return;
  }
  const placeholder = PLACEHOLDERS[topic][ctx.locale];
  const fix = placeholderEdit(ctx, unit.sentence, placeholder, where);
  const suggestions: SuggestionDescriptor[] = fix
    ? [{ messageId: 'insertPlaceholder', data: { placeholder }, fix, safe: false }]
    : [];
  ctx.report({
    sentence: unit.sentence,
    match: { start: unit.cue.start, end: unit.cue.end },
    messageId: 'missing',
    suggestions,
  });
}

/** Carries the capitalisation of the replaced words over to the replacement ("Teneinde" → "Om"). */
export function matchCase(original: string, replacement: string): string {
  const first = original.charAt(0);
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

/** Replacement suggestions for a match; `safe` (when the rule says its swaps keep the meaning) needs a single alternative. */
export function replacementSuggestions(
  ctx: RuleContext,
  s: CheckedSentence,
  match: { start: number; end: number; text: string },
  alternatives: readonly string[],
  safeWhenSingle: boolean,
): SuggestionDescriptor[] {
  const range = ctx.sourceRange(s, match.start, match.end);
  if (!range) return [];
  return alternatives.map((alternative) => {
    const text = matchCase(match.text, alternative);
    return {
      messageId: 'replace',
      data: { alternative: text },
      fix: { range, text },
      safe: safeWhenSingle && alternatives.length === 1,
    };
  });
}
