// A fast reading of the front matter nearly every record has: flat `key: value` lines with plain
// words, dates, quoted strings without escapes, and `[a, b]` lists of those. Anything else (nesting,
// numbers, booleans, anchors, comments after values, escapes, indicators) gives null, and the yaml
// library reads the block instead. A property test checks both read alike wherever this one reads.
// The yaml library costs about 40 µs a block; indexing 10,000 records reads thousands of them.
import { parseDocument, Scalar, stringify } from 'yaml';

const KEY = /^([A-Za-z_][\w-]*):/;
// A plain scalar that YAML's core schema reads as a string: it starts with a letter, `(`, or a
// character beyond ASCII other than a byte-order mark (emoji such as "✅ accepted"), has no flow
// indicators or comment, and no `: ` inside.
const PLAIN = /^(?:[A-Za-z_(]|[^\x00-\x7F\uFEFF])(?:[^#:[\]{},]|:(?=\S))*$/;
const NOT_A_STRING = /^(?:true|false|null|yes|no|on|off|y|n)$/i;
// Dates and date-times stay strings in the core schema.
const DAY = /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;
const DOUBLE = /^"([^"\\]*)"$/;
const SINGLE = /^'([^']*)'$/;

function scalar(text: string): string | null {
  if (DAY.test(text)) return text;
  const quoted = DOUBLE.exec(text) ?? SINGLE.exec(text);
  if (quoted) return quoted[1];
  return PLAIN.test(text) && !NOT_A_STRING.test(text) && !/\s$/.test(text) ? text : null;
}

function value(text: string | undefined): unknown {
  if (text === undefined || text === '') return undefined;
  if (text.startsWith('[') && text.endsWith(']')) {
    const inner = text.slice(1, -1).trim();
    if (inner === '') return [];
    const items = inner.split(',').map((s) => scalar(s.trim()));
    return items.every((s): s is string => s !== null && s !== '') ? items : undefined;
  }
  return scalar(text) ?? undefined;
}

const BLANK = (c: string) => c === ' ' || c === '\t';

/**
 * What follows `key:`, without the spaces and tabs around it; null when no space separates it or a
 * line break is in it. A scan: the regex `[ \t]+(.*?)[ \t]*$` took minutes on a long run of spaces.
 */
function valueText(rest: string): string | null {
  if (rest !== '' && !BLANK(rest[0])) return null;
  if (/[\n\r\u2028\u2029]/.test(rest)) return null;
  let start = 0;
  let end = rest.length;
  while (start < end && BLANK(rest[start])) start++;
  while (end > start && BLANK(rest[end - 1])) end--;
  return rest.slice(start, end);
}

/** The mapping of a flat front-matter block, or null when the yaml library must read it. */
export function readFlatYaml(lines: readonly string[]): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  for (const line of lines) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const m = KEY.exec(line);
    if (!m || m[1] === '__proto__') return null;
    const raw = valueText(line.slice(m[0].length));
    if (raw === null) return null;
    if (raw === '') {
      out[m[1]] = null;
      continue;
    }
    const v = value(raw);
    if (v === undefined) return null;
    out[m[1]] = v;
  }
  return out;
}

/**
 * A string as a YAML scalar that reads back as the same string, in a block or inside `[a, b]`:
 * plain when YAML reads it as written, else double-quoted (`True`, `007`, `null`, `'a' b` and
 * `a, b` would change type, break the block or split a list).
 */
export function yamlScalar(text: string): string {
  if (text !== '' && (scalar(text) === text || readsAsWritten(text))) return text;
  const quoted = new Scalar(text);
  quoted.type = Scalar.QUOTE_DOUBLE;
  return stringify(quoted, { lineWidth: 0 }).trimEnd();
}

function readsAsWritten(text: string): boolean {
  if (/[\n\r]/.test(text)) return false;
  const read = (source: string): unknown => {
    const doc = parseDocument(source);
    try {
      return doc.errors.length > 0 ? undefined : (doc.toJS() as { k?: unknown } | null)?.k;
    } catch {
      // An alias without its anchor (`*a`): not plain text.
      return undefined;
    }
  };
  const listed = read(`k: [${text}]`);
  return read(`k: ${text}`) === text && Array.isArray(listed) && listed.length === 1 && listed[0] === text;
}
