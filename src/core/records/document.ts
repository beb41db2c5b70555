// A record's file read once into one model: its lines, the front matter (values, and where each key
// and value is written), headings, sections, links, `Key: value` lines, action items and template
// text left in. Each record reader takes what it needs; what only some of them need is read when
// first asked for.
import { parseRecordDate } from '../time/recordDates';
import { frontMatterKeys, looseFrontMatter, readFrontMatter, type FrontMatter, type FrontMatterKeys } from './frontMatter';
import * as markdown from './markdown';
import type { ActionItem, Link, Problem, RecordLayout, Section } from './types';
import { l10n } from '../common/l10n';

/** Larger files are read only this far: records are short, and nothing may hang on a huge file. */
export const MAX_RECORD_CHARS = 512 * 1024;

export class MarkdownDocument {
  #loose: Record<string, string> | undefined;
  #headings: markdown.Heading[] | undefined;
  #sections: Section[] | undefined;
  #links: Link[] | undefined;
  #keyLines: markdown.KeyLine[] | undefined;

  constructor(
    /** Where the file is, from the folder root; '' for a text that is no file yet. */
    readonly path: string,
    /** The text as read: empty for a binary file, the beginning of a large one. */
    readonly text: string,
    readonly lines: readonly string[],
    /** True for the lines inside code fences, which hold examples rather than content. */
    readonly fenced: readonly boolean[],
    readonly frontMatter: FrontMatter,
    private readonly keys: FrontMatterKeys,
    /** What is wrong with the file itself: binary, too large, front matter that cannot be read, keys written twice. */
    readonly problems: readonly Problem[],
  ) {}

  /** The front matter as far as it can be read: YAML's mapping, or its `key: value` lines when YAML refused the block. */
  get fields(): Record<string, unknown> | null {
    const { data, endLine } = this.frontMatter;
    if (data || endLine <= 0) return data;
    return (this.#loose ??= looseFrontMatter(this.lines, endLine));
  }

  /** Where a top-level front-matter key is written (the last of a key written twice, which YAML reads). */
  fieldAt(key: string): RecordLayout['fields'][string] | undefined {
    return this.keys.fields[key];
  }

  get headings(): readonly markdown.Heading[] {
    return (this.#headings ??= markdown.headings(this.lines, this.fenced, this.frontMatter.bodyLine));
  }

  /** The text of the first level-1 heading, or of the first heading of any level. */
  get firstTitle(): string | null {
    const h = this.headings.find((x) => x.level === 1) ?? this.headings[0];
    return h && h.text ? h.text : null;
  }

  get sections(): Section[] {
    return (this.#sections ??= markdown.sections(this.lines, this.headings));
  }

  get links(): Link[] {
    return (this.#links ??= markdown.links(this.lines, this.fenced));
  }

  /** The body's `Key: value` lines that have a value (`Status: Accepted`, `* Deciders: a, b`). */
  get keyLines(): readonly markdown.KeyLine[] {
    return (this.#keyLines ??= markdown.keyLines(this.lines, this.fenced, this.frontMatter.bodyLine));
  }

  /** Action items, each due date read in the time zone of the item's own owner. */
  actionItems(timeZoneOf: (owner: string | null) => string): ActionItem[] {
    return markdown.actionItems(this.lines, this.fenced, (raw, owner) => parseRecordDate(raw, timeZoneOf(owner)));
  }

  /** Where things are, for positions of problems and for edits; template text is looked for only when asked. */
  layout(find: { placeholders: boolean }): RecordLayout {
    return {
      frontMatterEnd: this.frontMatter.endLine,
      fields: this.keys.fields,
      values: this.keys.values,
      lineCount: this.lines.length,
      lastLineLength: this.lines[this.lines.length - 1].length,
      placeholders: find.placeholders ? markdown.placeholders(this.lines, this.fenced, this.frontMatter.endLine) : [],
    };
  }
}

/** Reads a record's text; `path` is where the file is, for what readers take from its name. */
export function readDocument(text: string, path = ''): MarkdownDocument {
  const problems: Problem[] = [];
  if (text.includes('\u0000')) {
    problems.push(problem('invalid-front-matter', 'error', l10n.t('This file is binary, not Markdown.'), 0));
    text = '';
  } else if (text.length > MAX_RECORD_CHARS) {
    problems.push(
      problem(
        'invalid-front-matter',
        'warning',
        l10n.t('This file is larger than {0} KB; only its beginning is read.', MAX_RECORD_CHARS / 1024),
        0,
      ),
    );
    text = text.slice(0, MAX_RECORD_CHARS);
  }
  const lines = markdown.splitLines(text);
  const frontMatter = readFrontMatter(lines);
  if (frontMatter.error) {
    const { line, column, message } = frontMatter.error;
    problems.push({
      code: 'invalid-front-matter',
      severity: 'error',
      message: l10n.t('Invalid front matter: {0}', message),
      line,
      column,
      endLine: line,
      endColumn: (lines[line]?.length ?? column) || column + 1,
    });
  }
  const keys = frontMatterKeys(lines, frontMatter.endLine);
  // YAML reads the last of keys written twice, which a reader of the file may not expect.
  for (const { key, line, readLine } of keys.repeated)
    problems.push(
      problem(
        'duplicate-key',
        'error',
        l10n.t('"{0}" is written again on line {1}, and that one is read; remove one of them.', key, readLine + 1),
        line,
        lines[line],
      ),
    );
  return new MarkdownDocument(path, text, lines, markdown.fencedLines(lines), frontMatter, keys, problems);
}

export function problem(code: Problem['code'], severity: Problem['severity'], message: string, line: number, lineText = ''): Problem {
  return { code, severity, message, line, column: 0, endLine: line, endColumn: Math.max(lineText.length, 1) };
}

/** A front-matter value as trimmed text, or null. */
export function fmString(fm: Record<string, unknown> | null, ...keys: string[]): string | null {
  if (!fm) return null;
  for (const k of keys) {
    const v = fm[k];
    if (typeof v === 'string' && v.trim()) return v.trim();
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString();
  }
  return null;
}

/** Handles from a front-matter value: `alice`, `@alice`, `[alice, bob]` or `alice, bob`. */
export function fmHandles(fm: Record<string, unknown> | null, key: string): string[] {
  const v = fm?.[key];
  const list = Array.isArray(v) ? v : typeof v === 'string' ? v.split(/[,;]| and /) : [];
  return list
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.trim().replace(/^@/, ''))
    .filter((x) => x.length > 0);
}

/** A readable title from a file name: `0003-use-postgres.md` → `Use postgres`. */
export function titleFromFileName(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1).replace(/\.md$/i, '');
  const words = base
    .replace(/^\d{4}-\d{2}-\d{2}-/, '')
    .replace(/^\d{8}-/, '')
    .replace(/^\d+[-_]/, '')
    .replace(/[-_]+/g, ' ')
    .trim();
  return words ? words[0].toUpperCase() + words.slice(1) : base;
}
