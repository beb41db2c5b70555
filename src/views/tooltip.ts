// Row tooltips. Built from file content, so untrusted: no command links, no HTML, every value
// appended as plain text.
import * as vscode from 'vscode';
import { shownText } from '../core/common/text';

/** A bold title and `label: value` lines. */
export function recordTooltip(title: string, fields: readonly (readonly [string, string])[]): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', false);
  md.isTrusted = false;
  md.supportHtml = false;
  md.appendMarkdown('**');
  md.appendText(shownText(title));
  md.appendMarkdown('**\n\n');
  for (const [label, value] of fields) {
    md.appendMarkdown(`**${vscode.l10n.t('{0}:', label)}** `);
    md.appendText(shownText(value));
    md.appendMarkdown('  \n');
  }
  return md;
}

/** "@alice: Wed 14:05 in Europe/Paris (within working hours)" */
export function ownerText(owner: string, local: { weekday: string; time: string; timeZone: string; working: boolean }): string {
  return local.working
    ? vscode.l10n.t('@{0}: {1} {2} in {3} (within working hours)', owner, local.weekday, local.time, local.timeZone)
    : vscode.l10n.t('@{0}: {1} {2} in {3} (outside working hours)', owner, local.weekday, local.time, local.timeZone);
}
