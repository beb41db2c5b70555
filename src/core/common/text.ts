// Text from files and from GitHub, made fit to show: VS Code turns `[label](command:…)` in a
// notification into a link that runs a command and `$(name)` in a quick pick into an icon, line
// breaks would start new lines, and control, bidi and zero-width characters hide or reorder what a
// line says. What is left reads the same, as plain text.

/** Longest text shown for one value from a file or from GitHub; longer text is cut with "…". */
export const MAX_SHOWN_LENGTH = 200;

/** Line breaks, tabs and the Unicode line and paragraph separators: each run becomes one space. */
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
/** Other C0 and C1 controls (ESC, BEL…), DEL, bidi marks, embeddings, overrides and isolates, zero-width characters. */
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/**
 * `value` as one line of plain text, at most `max` characters: line breaks become spaces, hidden
 * characters go, and a Markdown link `[label](target)` loses its link (`[label] (target)`).
 */
export function shownText(value: string, max = MAX_SHOWN_LENGTH): string {
  // Hidden characters go before the cut, so a long run of them cannot hide the text after it.
  const text = value
    .slice(0, max * 8)
    .replace(/[\ud800-\udbff]$/, '')
    .replace(BREAKS, ' ')
    .replace(HIDDEN, '')
    .replace(/\]\(/g, '] (');
  if (text.length <= max) return text;
  // Not between the two halves of a surrogate pair.
  const cut = /[\ud800-\udbff]/.test(text[max - 2]) ? max - 2 : max - 1;
  return `${text.slice(0, cut)}…`;
}

/** shownText for a quick pick's label, description or detail, where `$(name)` would show an icon. */
export function pickText(value: string, max = MAX_SHOWN_LENGTH): string {
  return shownText(value, max).replace(/\$\(/g, '\\$(');
}

/** Every character escapeControls writes as an escape: controls, line separators, bidi and zero-width characters. */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/**
 * `value` for a terminal or a CI log, where a line break would start a line of its own (GitHub
 * Actions runs `::error …` at the start of one as a command) and ESC or BEL would reach the
 * terminal: each such character is written as an escape (`\n`, `\x1b`, `\u202e`).
 */
export function escapeControls(value: string): string {
  return value.replace(CONTROLS, (c) => {
    const named = ESCAPES[c];
    if (named) return named;
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
