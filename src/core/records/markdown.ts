// Scanners of a record's Markdown body: code fences, headings, sections, action items, links,
// `Key: value` lines and template text left in. Each is one pass over the lines, linear in the size
// of the text; none throws. The front matter has its own reader (frontMatter.ts).
import type { ActionItem, Link, RecordLayout, Section } from './types';

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

export function splitLines(text: string): string[] {
  // Splitting at a string is several times faster than at a regex, and most files have no `\r`.
  return text.indexOf('\r') < 0 ? text.split('\n') : text.split(/\r?\n/);
}

/** Marks the lines inside fenced code blocks, which hold examples rather than content. */
export function fencedLines(lines: readonly string[]): boolean[] {
  const inside = new Array<boolean>(lines.length).fill(false);
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const m = FENCE.exec(lines[i]);
    if (fence) {
      inside[i] = true;
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && lines[i].trim() === m[1]) fence = null;
    } else if (m) {
      inside[i] = true;
      fence = m[1];
    }
  }
  return inside;
}

export interface Heading {
  text: string;
  level: number;
  line: number;
  /** True for a setext heading (text underlined by === or ---); its underline is line + 1. */
  setext: boolean;
}

export function headings(lines: readonly string[], fenced: readonly boolean[], fromLine = 0): Heading[] {
  const out: Heading[] = [];
  for (let i = fromLine; i < lines.length; i++) {
    if (fenced[i]) continue;
    const line = lines[i];
    const atx = atxHeading(line);
    if (atx) {
      out.push({ text: atx.text, level: atx.level, line: i, setext: false });
      continue;
    }
    const next = lines[i + 1];
    if (
      next !== undefined &&
      !fenced[i + 1] &&
      // The underline first: most lines have none under them.
      /^\s{0,3}(=+|-+)\s*$/.test(next) &&
      line.trim() !== '' &&
      !/^\s{0,3}([-*+]\s|\d+[.)]\s|>|\|)/.test(line) &&
      (i === fromLine || lines[i - 1].trim() === '')
    ) {
      out.push({ text: line.trim(), level: next.trim()[0] === '=' ? 1 : 2, line: i, setext: true });
      i++;
    }
  }
  return out;
}

const WHITE = /\s/;

/** `\s` for one character code, without a regex for the common ASCII ones. */
export function isWhite(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code > 0x7f && WHITE.test(String.fromCharCode(code)));
}

/**
 * `## Title ##` as CommonMark reads it: one to six `#` then white space or the end; a closing run
 * of `#` counts only after white space (`# Use C#` is "Use C#"). A scan, not a regex: the regex
 * this replaces took minutes on a heading with a long run of spaces inside.
 */
function atxHeading(line: string): { text: string; level: number } | null {
  let at = 0;
  while (at < 3 && isWhite(line.charCodeAt(at))) at++;
  // Most lines are not headings: they end here.
  if (line.charCodeAt(at) !== 0x23) return null;
  const start = at;
  while (line.charCodeAt(at) === 0x23) at++;
  const level = at - start;
  if (level > 6 || (at < line.length && !isWhite(line.charCodeAt(at)))) return null;
  let end = line.length;
  while (end > at && isWhite(line.charCodeAt(end - 1))) end--;
  let closing = end;
  while (closing > at && line.charCodeAt(closing - 1) === 0x23) closing--;
  if (closing < end && (closing === at || isWhite(line.charCodeAt(closing - 1)))) end = closing;
  return { text: line.slice(at, end).trim(), level };
}

/** Sections at every heading level; a section ends at the next heading of the same or a higher level. */
export function sections(lines: readonly string[], heads: readonly Heading[]): Section[] {
  return heads.map((h, idx) => {
    let endLine = lines.length;
    for (let j = idx + 1; j < heads.length; j++) {
      if (heads[j].level <= h.level) {
        endLine = heads[j].line;
        break;
      }
    }
    // Only whether it is blank is kept: a record holding its text would keep the whole file alive.
    return { heading: h.text, level: h.level, line: h.line, endLine, blank: blank(lines, h.line + (h.setext ? 2 : 1), endLine) };
  });
}

/** True when lines [from, to) hold nothing but white space and HTML comments (`<!-- ... -->`, over lines too). */
export function blank(lines: readonly string[], from: number, to: number): boolean {
  let comment = false;
  for (let i = from; i < to; i++) {
    const line = lines[i];
    let at = 0;
    while (at < line.length) {
      if (comment) {
        const end = line.indexOf('-->', at);
        if (end < 0) break;
        comment = false;
        at = end + 3;
        continue;
      }
      const start = line.indexOf('<!--', at);
      if ((start < 0 ? line.slice(at) : line.slice(at, start)).trim() !== '') return false;
      if (start < 0) break;
      comment = true;
      at = start + 4;
    }
  }
  return true;
}

const ACTION = /^(\s*[-*+]\s+)\[([ xX])\]\s/;
// A handle, then either a separator before the next handle ("@a, @b", "@a and @b") or a comma or colon.
const HANDLE = /^@([A-Za-z0-9][\w.-]*)(?:\s*(?:,|&|\band\b)\s*(?=@)|[,:]?\s*)/;
const DUE = /\((?:due|by)\s+([^)]*)\)/i;

/** `- [ ] @handle What to do (due 2026-12-10)`. The date is parsed by the caller's rules (in the owner's zone). */
export function actionItems(
  lines: readonly string[],
  fenced: readonly boolean[],
  parseDue: (raw: string, owner: string | null) => Date | null,
): ActionItem[] {
  const out: ActionItem[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (fenced[i]) continue;
    const m = ACTION.exec(lines[i]);
    if (!m) continue;
    let rest = lines[i].slice(m[0].length).trim();
    const owners: string[] = [];
    for (let h = HANDLE.exec(rest); h; h = HANDLE.exec(rest)) {
      owners.push(h[1]);
      rest = rest.slice(h[0].length);
    }
    // Searched only up to the last `)`: past it no `(due …` can close, and each would be read to the end.
    const due = DUE.exec(rest.slice(0, rest.lastIndexOf(')') + 1));
    const dueRaw = due ? due[1].trim() : null;
    out.push({
      line: i,
      boxColumn: m[1].length,
      endColumn: lines[i].trimEnd().length,
      done: m[2] !== ' ',
      owner: owners[0] ?? null,
      owners,
      text: due ? (rest.slice(0, due.index) + rest.slice(due.index + due[0].length)).trim() : rest,
      due: dueRaw ? parseDue(dueRaw, owners[0] ?? null) : null,
      dueRaw,
    });
  }
  return out;
}

/** Inline Markdown links (`[text](target "title")`); images and autolinks are left out. */
export function links(lines: readonly string[], fenced: readonly boolean[]): Link[] {
  const out: Link[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!fenced[i] && lines[i].indexOf('](') >= 0) lineLinks(lines[i], i, out);
  }
  return out;
}

/**
 * One pass over a line. A regex restarted at every `[` read to the next `]` each time, and a
 * destination without its `)` to the end of the line: minutes on a line of `[`, or of `[](a`.
 */
function lineLinks(line: string, lineNo: number, out: Link[]): void {
  // The text starts at the first `[` after the last `]` that does not open an image.
  let open = -1;
  // Destinations that end at the same place share what follows them: read it once.
  let stopFrom = -1;
  let stop = -1;
  let tailOf = -1;
  let tail = -1;
  const skipWhite = (at: number) => {
    while (at < line.length && isWhite(line.charCodeAt(at))) at++;
    return at;
  };
  const stopAfter = (at: number) => {
    if (at >= stopFrom && at <= stop) return stop;
    stopFrom = at;
    while (at < line.length && line[at] !== ')' && line[at] !== '>' && !isWhite(line.charCodeAt(at))) at++;
    return (stop = at);
  };
  // Where the link ends after a destination ending at `end`: `>`, white space, a "title", `)`; -1 when it does not.
  const closeAfter = (end: number) => {
    if (end === tailOf) return tail;
    tailOf = end;
    const from = line[end] === '>' ? end + 1 : end;
    const at = skipWhite(from);
    if (line[at] === ')') return (tail = at + 1);
    const quote = at > from && line[at] === '"' ? line.indexOf('"', at + 1) : -1;
    const close = quote < 0 ? -1 : skipWhite(quote + 1);
    return (tail = close >= 0 && line[close] === ')' ? close + 1 : -1);
  };
  for (let at = 0; at < line.length; at++) {
    if (line[at] === '[') {
      if (open < 0 && line[at - 1] !== '!') open = at;
      continue;
    }
    if (line[at] !== ']') continue;
    if (open >= 0 && line[at + 1] === '(') {
      const first = skipWhite(at + 2);
      // `<target with spaces (or parentheses)>`: up to the next `<` or `>`, so no stretch is read twice.
      if (line[first] === '<') {
        let gt = first + 1;
        while (gt < line.length && line[gt] !== '<' && line[gt] !== '>') gt++;
        const close = gt > first + 1 && line[gt] === '>' ? closeAfter(gt) : -1;
        if (close >= 0) {
          out.push({ line: lineNo, column: open, endColumn: close, text: line.slice(open + 1, at), target: line.slice(first + 1, gt) });
          at = close - 1;
          open = -1;
          continue;
        }
      }
      // `<target>`; a lone `<` is a target of its own.
      const from = line[first] === '<' && stopAfter(first + 1) > first + 1 ? first + 1 : first;
      const end = stopAfter(from);
      const close = end > from ? closeAfter(end) : -1;
      if (close >= 0) {
        out.push({ line: lineNo, column: open, endColumn: close, text: line.slice(open + 1, at), target: line.slice(from, end) });
        at = close - 1;
      }
    }
    open = -1;
  }
}

/** A `Key: value` line as ADRs write their fields: `Status: Accepted`, `* Deciders: a, b`, `- **Date**: …`. */
export interface KeyLine {
  /** Normalised key: lower case, no accents, words joined by `-` (`Comments until` → `comments-until`). */
  key: string;
  value: string;
  line: number;
  /** 0-based column where the value starts (the rest of the line is the value). */
  valueColumn: number;
  /** The list marker (`* `, `- `) or '' for a plain line. */
  bullet: string;
}

// The key may be bold or italic: `**Status:**`, `*Status*:`, `_Status:_`.
const KEY_LINE = /^(\s*(?:[-*+]\s+)?)((?:\*\*|__|\*|_)?)([\p{L}][\p{L}\p{M} -]{0,30}?)\2?\s*:\2?[ \t]*/u;

export function normaliseKey(key: string): string {
  // Only keys with accents (Statut, Décideurs) need the slow Unicode decomposition.
  return (/^[\x20-\x7e]*$/.test(key) ? key : key.normalize('NFD'))
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

/** Reads one line as a `Key: value` field, or null. */
export function keyLine(text: string, line: number): KeyLine | null {
  const m = KEY_LINE.exec(text);
  if (!m || /^\s*(https?|mailto)$/i.test(m[3])) return null;
  return {
    key: normaliseKey(m[3]),
    value: text.slice(m[0].length).trim(),
    line,
    valueColumn: m[0].length,
    bullet: m[1].trim() ? m[1].trimStart() : '',
  };
}

/** The `Key: value` lines from `from` on, outside code fences, that have a value. */
export function keyLines(lines: readonly string[], fenced: readonly boolean[], from: number): KeyLine[] {
  const out: KeyLine[] = [];
  for (let i = from; i < lines.length; i++) {
    // A key is a word or two: a colon further in is prose.
    const colon = lines[i].indexOf(':');
    if (fenced[i] || colon < 0 || colon > 48) continue;
    const k = keyLine(lines[i], i);
    if (k && k.value) out.push(k);
  }
  return out;
}

const PLACEHOLDER = /\b(?:TODO|TBD|FIXME|XXX)\b|<([^<>\n]+)>/g;
/** Angle brackets around these are HTML the author meant, not a placeholder. */
const HTML_TAGS = new Set(
  'a abbr b br code del details div em hr i img ins kbd li mark ol p pre s small span strong sub summary sup table td th tr u ul'.split(
    ' ',
  ),
);

type Placeholder = RecordLayout['placeholders'][number];

/** Template text left in (`TODO`, `TBD`, `<what you need>`) from the second line on, outside code and the closing `---`. */
export function placeholders(lines: readonly string[], fenced: readonly boolean[], frontMatterEnd: number): Placeholder[] {
  const out: Placeholder[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (fenced[i] || i === frontMatterEnd) continue;
    // Code spans are examples; blank them out but keep the columns.
    const line = lines[i].indexOf('`') < 0 ? lines[i] : lines[i].replace(/`[^`\n]*`/g, (s) => ' '.repeat(s.length));
    for (const m of line.matchAll(PLACEHOLDER)) {
      const inner = m[1];
      if (inner !== undefined && !isPlaceholderText(inner)) continue;
      out.push({ line: i, column: m.index, endColumn: m.index + m[0].length, text: m[0] });
    }
  }
  return out;
}

/** `<what you need>` is a placeholder; `<br>`, `<!-- note -->`, `<https://…>` and `<me@example.com>` are not. */
function isPlaceholderText(inner: string): boolean {
  if (/^[!/]/.test(inner) || /^[a-z][a-z0-9+.-]*:\S*$/i.test(inner) || isMailAddress(inner)) return false;
  const first = /^[A-Za-z][\w-]*/.exec(inner.trim());
  return !(first && HTML_TAGS.has(first[0].toLowerCase()));
}

/** `me@example.com`: an `@` inside and no white space (as `^\S+@\S+$`, which backtracks over every `@`). */
function isMailAddress(text: string): boolean {
  return !/\s/.test(text) && text.slice(1, -1).includes('@');
}
