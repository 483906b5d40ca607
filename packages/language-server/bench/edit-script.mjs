/**
 * The edit script of bench:lsp, shared by `latency.mjs` (over the protocol) and `profile-incremental.mjs` (in
 * process): a mixed, deterministic sequence of edits spread over the whole document.
 */
const KIB = 1024;

/** A deterministic generator (LCG). */
function seeded(seed) {
  return (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
}

/** Offsets where each kind of place starts a line, to type inside it. */
function placesOf(text) {
  const kinds = { prose: [], list: [], table: [], link: [], quote: [] };
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    if (/^\s*([-*+]|\d+[.)]) \S/.test(line)) kinds.list.push(start + line.length);
    else if (/^\|.*\|\s*$/.test(line) && !/^\|[\s:|-]+\|\s*$/.test(line)) kinds.table.push(start + line.indexOf('|', 1));
    else if (/^> ?\S/.test(line)) kinds.quote.push(start + line.length);
    else if (/^[A-Z][a-z].{60,}/.test(line)) kinds.prose.push(start + Math.min(line.length, 40));
    const link = line.indexOf('](');
    if (link > 1 && line.lastIndexOf('[', link) !== -1) kinds.link.push(start + link);
  }
  return kinds;
}

/** Sections: a heading line up to the next heading, at most 8 KB. */
function sectionsOf(text) {
  const starts = [];
  for (const m of text.matchAll(/^#{1,4} \S.*$/gm)) starts.push(m.index);
  const out = [];
  for (let i = 0; i + 1 < starts.length; i++) if (starts[i + 1] - starts[i] <= 8 * KIB) out.push([starts[i], starts[i + 1]]);
  return out;
}

/**
 * The edit script: a list of `{ kind, at, remove, insert }` changes applied in order, each to the text the
 * previous one left. Places are picked spread over the document (each from its own tenth, round robin).
 */
export function editScript(text) {
  const random = seeded(1013);
  const places = placesOf(text);
  const typed = ' De minister zorgt voor 1 juli 2027 voor een plan';
  const script = [];
  let current = text;
  const apply = (edit) => {
    script.push(edit);
    current = current.slice(0, edit.at) + edit.insert + current.slice(edit.at + edit.remove);
    return edit;
  };
  /** A place of `kind` in the `slot`-th tenth of the document (or anywhere, if that tenth has none). */
  const pick = (kind, slot) => {
    const list = places[kind].filter((o) => o < current.length);
    if (list.length === 0) return undefined;
    const tenth = list.filter((o) => Math.floor((o / current.length) * 10) === slot % 10);
    const from = tenth.length > 0 ? tenth : list;
    return from[random(from.length)];
  };
  const kinds = ['prose', 'list', 'table', 'link', 'quote'];
  for (let round = 0; round < 20; round++) {
    // Typing: eight characters at one place.
    const kind = kinds[round % kinds.length];
    const at = pick(kind, round) ?? pick('prose', round);
    if (at !== undefined) {
      const start = random(typed.length - 8);
      for (let i = 0; i < 8; i++) apply({ kind: `type in ${kind}`, at: at + i, remove: 0, insert: typed[start + i] });
    }
    if (round % 2 === 0) {
      // Paste a paragraph copied from elsewhere, at a paragraph boundary.
      const paragraphs = [...current.matchAll(/\n\n([A-Z][^\n]{80,600})\n/g)];
      const source = paragraphs[random(paragraphs.length)];
      const boundary = current.indexOf('\n\n', Math.floor(((round * 37) % 100) / 100 * current.length));
      if (source && boundary !== -1) apply({ kind: 'paste a paragraph', at: boundary + 2, remove: 0, insert: `${source[1]}\n\n` });
    } else {
      // Delete a section, then undo that in one change.
      const sections = sectionsOf(current).filter(([s]) => Math.floor((s / current.length) * 10) === round % 10);
      const all = sections.length > 0 ? sections : sectionsOf(current);
      if (all.length > 0) {
        const [from, to] = all[random(all.length)];
        const removed = current.slice(from, to);
        apply({ kind: 'delete a section', at: from, remove: to - from, insert: '' });
        apply({ kind: 'undo a large change', at: from, remove: 0, insert: removed });
      }
    }
  }
  return script;
}

