// The parts of a Markdown record that every record type reads the same way.
import { looseFrontMatter, readFrontMatter, type FrontMatter } from './frontMatter';
import { fencedLines, headings, links, sections, splitLines, type Heading } from './markdown';
import type { Link, Problem, Section } from './types';

/** Larger files are read only this far: records are short, and nothing may hang on a huge file. */
export const MAX_RECORD_CHARS = 512 * 1024;

export interface MarkdownDocument {
  lines: string[];
  fenced: boolean[];
  frontMatter: FrontMatter;
  /** The front matter as far as it can be read: YAML's mapping, or its `key: value` lines when YAML refused the block. */
  fields: Record<string, unknown> | null;
  headings: Heading[];
  sections: Section[];
  links: Link[];
  problems: Problem[];
}

export function readDocument(text: string): MarkdownDocument {
  const problems: Problem[] = [];
  if (text.includes('\u0000')) {
    problems.push(problem('invalid-front-matter', 'error', 'This file is binary, not Markdown.', 0));
    text = '';
  } else if (text.length > MAX_RECORD_CHARS) {
    problems.push(
      problem('invalid-front-matter', 'warning', `This file is larger than ${MAX_RECORD_CHARS / 1024} KB; only its beginning is read.`, 0),
    );
    text = text.slice(0, MAX_RECORD_CHARS);
  }
  const lines = splitLines(text);
  const fenced = fencedLines(lines);
  const frontMatter = readFrontMatter(lines);
  if (frontMatter.error) {
    const { line, column, message } = frontMatter.error;
    problems.push({
      code: 'invalid-front-matter',
      severity: 'error',
      message: `Invalid front matter: ${message}`,
      line,
      column,
      endLine: line,
      endColumn: (lines[line]?.length ?? column) || column + 1,
    });
  }
  problems.push(...duplicateKeys(lines, frontMatter.endLine));
  const heads = headings(lines, fenced, frontMatter.bodyLine);
  return {
    lines,
    fenced,
    frontMatter,
    fields: frontMatter.data ?? (frontMatter.endLine > 0 ? looseFrontMatter(lines, frontMatter.endLine) : null),
    headings: heads,
    sections: sections(lines, heads),
    links: links(lines, fenced),
    problems,
  };
}

/** Top-level keys written twice: YAML reads the last one, which a reader of the file may not expect. */
function duplicateKeys(lines: readonly string[], endLine: number): Problem[] {
  const out: Problem[] = [];
  const seen = new Map<string, number>();
  for (let i = endLine - 1; i > 0; i--) {
    const key = /^([A-Za-z][\w-]*)\s*:/.exec(lines[i])?.[1];
    if (key === undefined) continue;
    const read = seen.get(key);
    if (read === undefined) seen.set(key, i);
    else
      out.push(
        problem(
          'duplicate-key',
          'error',
          `"${key}" is written again on line ${read + 1}, and that one is read; remove one of them.`,
          i,
          lines[i],
        ),
      );
  }
  return out.reverse();
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

/** The first level-1 heading, or the first heading of any level. */
export function firstTitle(doc: MarkdownDocument): string | null {
  const h = doc.headings.find((x) => x.level === 1) ?? doc.headings[0];
  return h && h.text ? h.text : null;
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
