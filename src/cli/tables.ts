// The command line's tables: columns padded to their widest cell (60 characters at most, the last
// column whole), and text made safe for a Markdown table cell.
import { escapeControls } from '../core/common/text';

/** `cells` under `head`, each row one line, two spaces between columns. */
export function textTable(head: readonly string[], cells: readonly string[][]): string {
  const width = head.map((h, i) => Math.min(60, Math.max(h.length, ...cells.map((c) => c[i].length))));
  const line = (c: readonly string[]) =>
    c.map((v, i) => (i === c.length - 1 ? v : (v.length > width[i] ? `${v.slice(0, width[i] - 1)}…` : v).padEnd(width[i]))).join('  ');
  return [line(head), ...cells.map(line)].join('\n') + '\n';
}

/** Text from a file in a Markdown table cell or link text: no control characters, `|` and brackets escaped. */
export function markdownCell(text: string): string {
  return escapeControls(text).replace(/\|/g, '\\|').replace(/[[\]]/g, '\\$&');
}
