// The YAML block at the top of a record: its mapping (read by the flat reader, else by the yaml
// library within limits, else line by line), and where each top-level key and its value are
// written, for positions of problems and for edits. Linear in the size of the block; never throws.
import { LineCounter, isScalar, parseDocument, visit } from 'yaml';
import { readFlatYaml } from './flatYaml';
import { isWhite } from './markdown';
import type { RecordLayout } from './types';
import { l10n } from '../common/l10n';

const KEY = /^([A-Za-z][\w-]*)\s*:/;
const WHITE = /\s/;

export interface FrontMatter {
  /** The parsed mapping, or null when there is none or it is not a mapping. */
  data: Record<string, unknown> | null;
  /** 0-based line where the Markdown body starts. */
  bodyLine: number;
  /** 0-based line of the closing `---` (or -1 when there is no front matter). */
  endLine: number;
  error: { message: string; line: number; column: number } | null;
}

/** Front matter is a YAML block between `---` lines at the very top of the file. */
export function readFrontMatter(lines: readonly string[]): FrontMatter {
  const none: FrontMatter = { data: null, bodyLine: 0, endLine: -1, error: null };
  if (lines.length === 0 || lines[0].replace(/^\uFEFF/, '').trimEnd() !== '---') return none;
  let end = -1;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i].trimEnd();
    if (l === '---' || l === '...') {
      end = i;
      break;
    }
  }
  if (end < 0) {
    return {
      data: null,
      bodyLine: 0,
      endLine: -1,
      error: { message: l10n.t('Front matter starts with --- but is never closed.'), line: 0, column: 0 },
    };
  }
  const block = lines.slice(1, end);
  const flat = readFlatYaml(block);
  if (flat) return { data: flat, bodyLine: end + 1, endLine: end, error: null };
  const source = block.join('\n');
  const refused = yamlRefusal(source);
  if (refused) return { data: null, bodyLine: end + 1, endLine: end, error: { message: refused, line: 1, column: 0 } };
  try {
    // A small alias budget stops "billion laughs" documents; the parser reports it as an error.
    const lineCounter = new LineCounter();
    const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: false, lineCounter });
    if (doc.errors.length > 0) {
      const e = doc.errors[0];
      const pos = lineCounter.linePos(e.pos[0]);
      return {
        data: null,
        bodyLine: end + 1,
        endLine: end,
        error: { message: firstLine(e.message), line: pos.line, column: pos.col - 1 },
      };
    }
    // Keys that are lists or mappings are turned into text by toJS, which takes minutes when they nest.
    let collectionKey = false;
    visit(doc, {
      Pair(_, pair) {
        if (pair.key === null || isScalar(pair.key)) return undefined;
        collectionKey = true;
        return visit.BREAK;
      },
    });
    if (collectionKey) {
      return {
        data: null,
        bodyLine: end + 1,
        endLine: end,
        error: { message: l10n.t('Front matter keys must be plain words.'), line: 1, column: 0 },
      };
    }
    const value: unknown = doc.toJS({ maxAliasCount: 50 });
    if (value === null || value === undefined) return { data: {}, bodyLine: end + 1, endLine: end, error: null };
    if (typeof value !== 'object' || Array.isArray(value)) {
      return {
        data: null,
        bodyLine: end + 1,
        endLine: end,
        error: { message: l10n.t('Front matter must be a mapping of keys to values.'), line: 1, column: 0 },
      };
    }
    return { data: value as Record<string, unknown>, bodyLine: end + 1, endLine: end, error: null };
  } catch (e) {
    return {
      data: null,
      bodyLine: end + 1,
      endLine: end,
      error: { message: firstLine(e instanceof Error ? e.message : String(e)), line: 1, column: 0 },
    };
  }
}

/**
 * The yaml library takes seconds on a few kilobytes of deep nesting, and runs out of memory on
 * 16 KB of `[` (the process dies). Front matter is a few lines: larger or deeper blocks are refused
 * (the flat reader above still reads plain `key: value` blocks of any size).
 */
const YAML_MAX_CHARS = 4 * 1024;
const YAML_MAX_DEPTH = 32;

function yamlRefusal(source: string): string | null {
  if (source.length > YAML_MAX_CHARS)
    return l10n.t('Front matter longer than {0} KB is read only as plain key: value lines.', YAML_MAX_CHARS / 1024);
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    // `? ` opens an explicit key; a `?` inside a word or a web address does not.
    const key = c === '?' && WHITE.test(source.charAt(i + 1) || ' ') && (i === 0 || /[\s[{,?]/.test(source[i - 1]));
    if (c === '[' || c === '{' || key) depth++;
    else if ((c === ']' || c === '}') && depth > 0) depth--;
    if (depth > YAML_MAX_DEPTH) return l10n.t('Front matter nested more than {0} deep is not read.', YAML_MAX_DEPTH);
  }
  return null;
}

function firstLine(s: string): string {
  return s.split('\n')[0].trim();
}

/**
 * The top-level `key: value` lines of a front-matter block, read line by line. For front matter
 * that YAML refuses (`deciders: @alice` is invalid YAML), so its fields can still be read.
 */
export function looseFrontMatter(lines: readonly string[], endLine: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 1; i < endLine; i++) {
    const m = KEY.exec(lines[i]);
    // Of a key written twice the last counts, as in YAML.
    if (m)
      out[m[1]] = lines[i]
        .slice(m[0].length)
        .trim()
        .replace(/^(["'])(.*)\1$/, '$2');
  }
  return out;
}

/** Where the top-level keys of a front-matter block are written. */
export interface FrontMatterKeys {
  /** Of a key written twice the last, which YAML reads: the one to show and to edit. */
  fields: RecordLayout['fields'];
  values: RecordLayout['values'];
  /** The lines of keys written again further down, with the line that is read. */
  repeated: { key: string; line: number; readLine: number }[];
}

/** The keys on lines [1, endLine) of a front-matter block whose closing `---` is on `endLine`. */
export function frontMatterKeys(lines: readonly string[], endLine: number): FrontMatterKeys {
  const fields: RecordLayout['fields'] = {};
  const values: RecordLayout['values'] = {};
  if (endLine < 2) return { fields, values, repeated: [] };
  const written: { key: string; line: number }[] = [];
  const last = new Map<string, number>();
  let previous: RecordLayout['fields'][string] | null = null;
  let value: RecordLayout['values'][string] | null = null;
  for (let i = 1; i < endLine; i++) {
    const m = KEY.exec(lines[i]);
    if (!m) continue;
    if (previous && value) valueEnd(lines, previous.line, value, (previous.endLine = i));
    previous = { line: i, endColumn: lines[i].length, endLine };
    value = { column: m[0].length, endLine: i, endColumn: m[0].length, prefix: '', suffix: '' };
    fields[m[1]] = previous;
    values[m[1]] = value;
    written.push({ key: m[1], line: i });
    last.set(m[1], i);
  }
  if (previous && value) valueEnd(lines, previous.line, value, endLine);
  const repeated = written.flatMap(({ key, line }) => {
    const readLine = last.get(key)!;
    return readLine === line ? [] : [{ key, line, readLine }];
  });
  return { fields, values, repeated };
}

/** Where the value of the key on `line` ends, now that the line of the next key (or the closing `---`) is known. */
function valueEnd(lines: readonly string[], line: number, value: RecordLayout['values'][string], next: number): void {
  const keyLine = lines[line];
  const comment = commentStart(keyLine, value.column);
  const written = keyLine.slice(value.column, comment);
  const inline = written.trim() !== '';
  if (inline) {
    value.column += written.length - written.trimStart().length;
    value.endColumn = value.column + written.trim().length;
  }
  // A value on the lines below (`owner:` then `  - alice`): up to its last line, not the comments and blank lines after it.
  for (let i = line + 1; i < next; i++) {
    const text = lines[i].trimStart();
    if (text === '' || text.startsWith('#')) continue;
    value.endLine = i;
    value.endColumn = lines[i].slice(0, commentStart(lines[i], lines[i].length - text.length)).trimEnd().length;
  }
  if (inline) return;
  // The new value goes right after the colon; a comment on the key's line stays after it.
  value.prefix = ' ';
  if (value.endLine > line && comment < keyLine.length) value.suffix = ` ${keyLine.slice(comment).trim()}`;
}

/**
 * Where a YAML comment starts on a line: a `#` after white space, outside a quoted string (one
 * that starts a value or an item); the line's length when it has none. Linear.
 */
function commentStart(text: string, from: number): number {
  let quote = '';
  let last = -1;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '#' && i > from && isWhite(text.charCodeAt(i - 1))) return i;
    if ((c === '"' || c === "'") && (last < 0 || '[{,'.includes(text[last]) || ('-?:'.includes(text[last]) && last < i - 1))) quote = c;
    if (!isWhite(text.charCodeAt(i))) last = i;
  }
  return text.length;
}
