// Links between records: which targets are files in the repository, where they point, and the
// relative path that leads from one record to another.
import type { AsyncRecord } from './types';

/**
 * A Markdown link with the brackets of the text escaped. A target with spaces or parentheses goes
 * between `<` and `>`, where Markdown reads it whole (`<` and `>` in it are percent-encoded).
 */
export function markdownLink(text: string, target: string): string {
  const destination = /[\s()<>]/.test(target) ? `<${target.replace(/[<>\n\r]/g, encodeURIComponent)}>` : target;
  return `[${text.replace(/[[\]]/g, '\\$&')}](${destination})`;
}

/**
 * The text with `](target)` cut to `]`. Only the text up to the last `)` is searched: past it no
 * `](` can close, and a search there would read to the end from every `](` (quadratic).
 */
export function withoutLinkTargets(text: string): string {
  const end = text.lastIndexOf(')') + 1;
  return text.slice(0, end).replace(/\]\([^)]*\)/g, ']') + text.slice(end);
}

/** The folder a path is in, from the folder root (`docs/adr` for `docs/adr/0001-x.md`; '' at the root). */
export function parentFolder(path: string): string {
  return path.slice(0, Math.max(0, path.lastIndexOf('/')));
}

/** True for a link to another file in the repository (not a web address, mail or anchor). */
export function isLocalLink(target: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('#') && !target.startsWith('//');
}

/** The path of `to` relative to the folder of `from` (both from the folder root). */
export function relativeLink(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

/** A link target relative to the record, as a path from the folder root; null when it leaves the root. */
export function resolveLink(fromPath: string, target: string): string | null {
  let t = target.replace(/[#?].*$/, '');
  if (!t) return null;
  try {
    t = decodeURIComponent(t);
  } catch {
    // A malformed escape: check the path as written.
  }
  const parts = t.startsWith('/') ? [] : fromPath.split('/').slice(0, -1);
  for (const seg of t.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg !== '..') parts.push(seg);
    else if (parts.length === 0) return null;
    else parts.pop();
  }
  return parts.join('/');
}

/** Local link targets of a record, from its body and its `links` field, as paths from the folder root. */
export function localLinkTargets(r: AsyncRecord): string[] {
  const listed = Array.isArray(r.frontMatter?.links) ? (r.frontMatter.links as unknown[]) : [];
  const targets = [...r.links.map((l) => l.target), ...listed.filter((t): t is string => typeof t === 'string')];
  return targets
    .filter(isLocalLink)
    .map((t) => resolveLink(r.path, t))
    .filter((p): p is string => !!p);
}
