// CODEOWNERS as GitHub reads it: where the file is, its rules, and who owns a path (the last rule
// that matches it). Patterns follow gitignore, with GitHub's exceptions: no `!`, no `[ ]`, and no
// `\#` at the start of a pattern.
import { nameMatches } from '../index/folders';
import { l10n } from '../common/l10n';

/** Where GitHub looks for the file, in the order it searches; the first one found is used. */
export const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const;

/** GitHub does not load a CODEOWNERS file of this size or more. */
export const MAX_CODEOWNERS_BYTES = 3 * 1024 * 1024;
/** Longer lines are not read. */
export const MAX_LINE_LENGTH = 4096;
/**
 * Longest pattern read. Matching a path costs at most pattern × path length for each rule, so
 * patterns the length of a path keep a 3 MB file of wildcards from taking seconds per file.
 */
export const MAX_PATTERN_LENGTH = 512;
/** Owners kept from one line. */
export const MAX_OWNERS_PER_RULE = 100;

/** One line of CODEOWNERS: a pattern and its owners as written (`@alice`, `@org/team`, `a@b.com`); no owners leaves the files unowned. */
export interface Rule {
  pattern: string;
  owners: string[];
  /** 0-based. */
  line: number;
}

/** A line GitHub would skip, or a bound; positions are 0-based. */
export interface CodeownersError {
  line: number;
  column: number;
  endColumn: number;
  message: string;
}

export interface Codeowners {
  /** The file, from the workspace folder's root. */
  path: string;
  rules: Rule[];
  errors: CodeownersError[];
}

const TEAM = /^@[A-Za-z0-9][A-Za-z0-9_-]*\/[A-Za-z0-9][A-Za-z0-9._-]*$/;
const USER = /^@[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** `@org/team-name`. */
export function isTeam(owner: string): boolean {
  return TEAM.test(owner);
}

/** `user@example.com`: one `@`, something before it, and a domain with a dot inside it. A loop, not a regular expression, to stay linear. */
export function isEmail(owner: string): boolean {
  const at = owner.indexOf('@');
  if (at <= 0 || owner.indexOf('@', at + 1) >= 0) return false;
  const dot = owner.indexOf('.', at + 2);
  return dot > 0 && dot < owner.length - 1 && !/\s/.test(owner);
}

function isOwner(word: string): boolean {
  return USER.test(word) || isTeam(word) || isEmail(word);
}

/** One name of a pattern: `**` (any run of folders), a name compared as it is, or a glob for `nameMatches`. */
interface Part {
  kind: 'folders' | 'name' | 'glob';
  text: string;
}

/**
 * What a pattern owns once its names have matched: what is inside the folder they name (a trailing
 * `/` or `/**`); only that file (a last name of `*`: GitHub's `docs/*` owns `docs/a.md`, not
 * `docs/b/c.md`); or that file or folder and what is inside it.
 */
type Tail = 'inside' | 'file' | 'both';

interface Matcher {
  parts: Part[];
  tail: Tail;
}

interface PatternError {
  message: string;
  /** Offsets in the pattern. */
  start: number;
  end: number;
}

const compiled = new WeakMap<Rule, Matcher | null>();

/** Reads a pattern as written (escapes included) into the names it matches, or says why GitHub skips it. */
function compilePattern(raw: string): Matcher | PatternError {
  if (raw.startsWith('\\#'))
    return { message: l10n.t('GitHub does not support escaping a leading "#" with "\\"; the line is skipped.'), start: 0, end: 2 };
  if (raw.startsWith('!'))
    return { message: l10n.t('GitHub does not support "!" (negation) in CODEOWNERS; the line is skipped.'), start: 0, end: 1 };
  // Each name unescaped, with where it is written (for errors) and whether it has wildcards, escaped or not.
  const names: { text: string; wild: boolean; escapedWild: boolean; start: number; end: number }[] = [];
  // Characters gathered and joined once: a name built a character at a time with `+=` is a chain
  // of one string per character, which a matcher would keep (100 MB for a 3 MB file).
  let name = { chars: [] as string[], wild: false, escapedWild: false, start: 0 };
  const nextName = (end: number, start: number) => {
    names.push({ text: name.chars.join(''), wild: name.wild, escapedWild: name.escapedWild, start: name.start, end });
    name = { chars: [], wild: false, escapedWild: false, start };
  };
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\\') {
      if (i + 1 === raw.length)
        return { message: l10n.t('The pattern ends with "\\", which escapes nothing; the line is skipped.'), start: i, end: i + 1 };
      const next = raw[++i];
      if (next === '/') {
        nextName(i - 1, i + 1);
        continue;
      }
      name.chars.push(next);
      if (next === '*' || next === '?') name.escapedWild = true;
    } else if (c === '[' || c === ']') {
      return {
        message: l10n.t(
          'GitHub does not support "[ ]" (character ranges) in CODEOWNERS: write "\\[" and "\\]" for the characters; the line is skipped.',
        ),
        start: i,
        end: i + 1,
      };
    } else if (c === '/') nextName(i, i + 1);
    else {
      name.chars.push(c);
      if (c === '*' || c === '?') name.wild = true;
    }
  }
  nextName(raw.length, raw.length);
  const leadingSlash = names.length > 1 && names[0].text === '';
  const trailingSlash = names.length > 1 && names[names.length - 1].text === '';
  const written = names.filter((n) => n.text !== '');
  if (written.length === 0)
    return { message: l10n.t('The pattern never matches anything (did you mean "*"?); the line is skipped.'), start: 0, end: raw.length };
  const mixed = written.find((n) => n.wild && n.escapedWild);
  if (mixed)
    return {
      message: l10n.t('A name with both an escaped "\\*" or "\\?" and a wildcard is not supported; the line is skipped.'),
      start: mixed.start,
      end: mixed.end,
    };

  const parts: Part[] = [];
  for (const n of written) {
    const kind = n.wild && n.text === '**' ? 'folders' : n.wild ? 'glob' : 'name';
    if (kind === 'folders' && parts[parts.length - 1]?.kind === 'folders') continue;
    parts.push({ kind, text: n.text });
  }
  let tail: Tail = 'both';
  if (parts[parts.length - 1].kind === 'folders') {
    parts.pop();
    tail = 'inside';
  } else if (trailingSlash) tail = 'inside';
  else if (parts[parts.length - 1].kind === 'glob' && parts[parts.length - 1].text === '*') tail = 'file';
  // A slash at the start or in the middle anchors the pattern at the root; otherwise it matches at any depth.
  if (!leadingSlash && written.length === 1 && parts[0]?.kind !== 'folders') parts.unshift({ kind: 'folders', text: '**' });
  return { parts, tail };
}

function isMatcher(m: Matcher | PatternError): m is Matcher {
  return 'parts' in m;
}

/**
 * Reads CODEOWNERS. Lines GitHub would skip (and lines past the bounds) are left out of the rules
 * and reported in `errors`. Whoever reads the file checks its size against `MAX_CODEOWNERS_BYTES`
 * first; a text that long is refused here too.
 */
export function parseCodeowners(text: string, path: string): Codeowners {
  const rules: Rule[] = [];
  const errors: CodeownersError[] = [];
  // A UTF-16 unit is at least one byte in UTF-8, so a longer text is surely over the size.
  if (text.length >= MAX_CODEOWNERS_BYTES) {
    errors.push({ line: 0, column: 0, endColumn: 0, message: l10n.t('CODEOWNERS is 3 MB or more; GitHub does not load it.') });
    return { path, rules, errors };
  }
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].endsWith('\r') ? lines[n].slice(0, -1) : lines[n];
    if (line.length > MAX_LINE_LENGTH) {
      errors.push({
        line: n,
        column: 0,
        endColumn: line.length,
        message: l10n.t('Lines longer than {0} characters are not read.', MAX_LINE_LENGTH),
      });
      continue;
    }
    let i = n === 0 && line.startsWith('\uFEFF') ? 1 : 0;
    while (i < line.length && isBlank(line[i])) i++;
    if (i === line.length || line[i] === '#') continue;

    const start = i;
    while (i < line.length && !isBlank(line[i])) i += line[i] === '\\' ? 2 : 1;
    const end = Math.min(i, line.length);
    const pattern = line.slice(start, end);
    if (pattern.length > MAX_PATTERN_LENGTH) {
      errors.push({
        line: n,
        column: start,
        endColumn: end,
        message: l10n.t('Patterns longer than {0} characters are not read.', MAX_PATTERN_LENGTH),
      });
      continue;
    }
    const matcher = compilePattern(pattern);
    if (!isMatcher(matcher)) {
      errors.push({ line: n, column: start + matcher.start, endColumn: start + matcher.end, message: matcher.message });
      continue;
    }

    const owners: string[] = [];
    let valid = true;
    for (i = end; i < line.length;) {
      while (i < line.length && isBlank(line[i])) i++;
      if (i === line.length || line[i] === '#') break;
      const from = i;
      while (i < line.length && !isBlank(line[i])) i++;
      const word = line.slice(from, i);
      if (owners.length === MAX_OWNERS_PER_RULE) {
        errors.push({
          line: n,
          column: from,
          endColumn: line.length,
          message: l10n.t('More than {0} owners; only the first {0} are used.', MAX_OWNERS_PER_RULE),
        });
        break;
      }
      if (!isOwner(word)) {
        const shown = word.length > 60 ? `${word.slice(0, 60)}…` : word;
        errors.push({
          line: n,
          column: from,
          endColumn: i,
          message: l10n.t('"{0}" is not an owner: write @user, @org/team or an email address; the line is skipped.', shown),
        });
        valid = false;
        break;
      }
      owners.push(word);
    }
    if (!valid) continue;
    const rule: Rule = { pattern, owners, line: n };
    compiled.set(rule, matcher);
    rules.push(rule);
  }
  return { path, rules, errors };
}

function isBlank(c: string): boolean {
  return c === ' ' || c === '\t';
}

function matcherOf(rule: Rule): Matcher | null {
  let matcher = compiled.get(rule);
  if (matcher === undefined) {
    const read = compilePattern(rule.pattern);
    matcher = isMatcher(read) ? read : null;
    compiled.set(rule, matcher);
  }
  return matcher;
}

/**
 * Whether a pattern matches a file, given the names on its path. The parts are matched against the
 * names one at a time, keeping the set of parts reached, so `**` never makes the work grow beyond
 * names × parts (and one name against one part is bounded by `nameMatches`).
 */
function matches(matcher: Matcher, names: string[]): boolean {
  const { parts, tail } = matcher;
  const close = (at: boolean[]) => {
    for (let j = 0; j < parts.length; j++) if (at[j] && parts[j].kind === 'folders') at[j + 1] = true;
    return at;
  };
  let reached = new Array<boolean>(parts.length + 1).fill(false);
  reached[0] = true;
  close(reached);
  for (const name of names) {
    // Every part matched a folder above the file: the pattern owns what is inside that folder.
    if (reached[parts.length] && tail !== 'file') return true;
    const next = new Array<boolean>(parts.length + 1).fill(false);
    let any = false;
    for (let j = 0; j < parts.length; j++) {
      if (!reached[j]) continue;
      const part = parts[j];
      if (part.kind === 'folders') next[j] = any = true;
      else if (part.kind === 'name' ? part.text === name : nameMatches(part.text, name)) next[j + 1] = any = true;
    }
    if (!any) return false;
    reached = close(next);
  }
  return reached[parts.length] && tail !== 'inside';
}

/**
 * Who owns a file (its path from the workspace folder's root, with `/`): the owners of the last rule
 * that matches it, with that rule; no owners when that rule names none. Null when no rule matches.
 * Matching is case-sensitive, as GitHub's is.
 */
export function ownersOf(codeowners: Codeowners, relPath: string): { owners: string[]; rule: Rule } | null {
  const names = relPath.split('/').filter((name) => name !== '');
  for (let r = codeowners.rules.length - 1; r >= 0; r--) {
    const rule = codeowners.rules[r];
    const matcher = matcherOf(rule);
    if (matcher && matches(matcher, names)) return { owners: rule.owners, rule };
  }
  return null;
}
