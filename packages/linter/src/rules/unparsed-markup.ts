import type { SourceSpan } from '@scherp/corpus';
import { defineRule } from './helpers.js';

const deep = '> '.repeat(40);

export default defineRule({
  meta: {
    id: 'unparsed-markup',
    criterion: 'readability',
    type: 'document',
    defaultSeverity: 'info',
    recommended: true,
    description: {
      nl: 'Een passage die te diep genest, te ingewikkeld of te groot is om als Markdown te lezen, leest Scherp als platte tekst: de opmaak telt dan niet mee.',
      en: 'A passage nested too deeply, too intricate or too large to read as Markdown is read as plain text: its markup does not count.',
    },
    messages: {
      'too-deep': {
        nl: 'Te diep genest; deze passage is als platte tekst gelezen.',
        en: 'Nested too deeply; this passage was read as plain text.',
      },
      'too-complex': {
        nl: 'Te veel open opmaaktekens (*, _, [, `, <); deze passage is als platte tekst gelezen.',
        en: 'Too many unclosed markup characters (*, _, [, `, <); this passage was read as plain text.',
      },
      'too-large': {
        nl: 'Te groot blok zonder witregels; deze passage is als platte tekst gelezen.',
        en: 'Block too large without blank lines; this passage was read as plain text.',
      },
      'not-checked': {
        nl: 'Te grote tabel (meer dan 10.000 cellen); de rijen hierna zijn niet gecontroleerd.',
        en: 'Table too large (over 10,000 cells); the rows from here on were not checked.',
      },
    },
    options: {},
    examples: {
      flagged: [{ text: `${deep}De gemeente regelt het.`, count: 1 }],
      accepted: [{ text: '> > De gemeente regelt het vóór 1 juni 2027.' }],
    },
  },
  check(ctx) {
    // One finding per passage: consecutive blocks read as plain text for the same reason form one passage.
    let open: { reason: string; start: SourceSpan['start']; end: SourceSpan['end'] } | undefined;
    const close = () => {
      if (open) ctx.report({ span: { start: open.start, end: open.end }, messageId: open.reason });
      open = undefined;
    };
    for (const p of ctx.document.paragraphs) {
      if (p.fallback === undefined) {
        close();
        continue;
      }
      if (open && open.reason === p.fallback) open.end = p.span.end;
      else {
        close();
        open = { reason: p.fallback, start: p.span.start, end: p.span.end };
      }
    }
    close();
  },
});
