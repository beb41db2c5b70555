// The handbook commands: New Handbook Page, Mark Reviewed, Set Owner…, and Show Owner (the
// status-bar item's click: the line that decided who owns the file).
import * as vscode from 'vscode';
import { markReviewedInText, setOwnerInText } from '../core/handbook/edits';
import { newPagePath, newPageText } from '../core/handbook/newPage';
import { fileOwnership, pageOwnership, pageZone } from '../core/handbook/ownership';
import { dayIn } from '../core/handbook/review';
import { ownerTimeZone } from '../core/team/members';
import type { PageRecord } from '../core/records/types';
import { freePath, template, writeAndOpen } from '../workspace/newFiles';
import { relativePath } from '../workspace/files';
import { editRecordFile } from '../workspace/recordEdits';
import type { StoredRecord } from '../workspace/store';
import type { CommandContext } from './context';
import { askTitle, pickOwner, writableFolder, type WhereArgs } from './newRecord';
import { classify } from '../core/index/folders';
import { recordFor } from './target';

export interface NewPageArgs extends WhereArgs {
  title?: string;
  owner?: string;
}

type StoredPage = StoredRecord & { record: PageRecord };

function pageFor(ctx: CommandContext, arg: unknown, label: string): StoredPage | undefined {
  const stored = recordFor(ctx.store, arg);
  if (stored?.record.type === 'page') return stored as StoredPage;
  void vscode.window.showWarningMessage(vscode.l10n.t('{0}: choose a handbook page.', label));
  return undefined;
}

/** The day of the review: today on the page owner's calendar. */
function reviewDay(ctx: CommandContext, page: StoredPage): string {
  const config = ctx.store.config(page.folder).config;
  return dayIn(ctx.clock.now(), pageZone(pageOwnership(page.record, ctx.store.codeowners(page.folder)), config));
}

/** Sets `last-reviewed` to today in the owner's zone: one undoable edit, refused over unsaved changes. */
export async function markReviewed(ctx: CommandContext, arg: unknown): Promise<boolean> {
  const label = vscode.l10n.t('Mark Reviewed');
  const page = pageFor(ctx, arg, label);
  if (!page) return false;
  const day = reviewDay(ctx, page);
  const config = ctx.store.config(page.folder).config;
  return editRecordFile(page.uri, label, (text) => [markReviewedInText(text, page.record.path, config, day)]);
}

/** Names one owner in the page's front matter (which CODEOWNERS does not override). */
export async function setOwner(ctx: CommandContext, arg: unknown, handle?: unknown): Promise<boolean> {
  const label = vscode.l10n.t('Set Owner');
  const page = pageFor(ctx, arg, label);
  if (!page) return false;
  const config = ctx.store.config(page.folder).config;
  const owner = await pickOwner(label, config, ctx.clock.now(), typeof handle === 'string' ? handle : undefined);
  if (!owner) return false;
  const done = await editRecordFile(page.uri, label, (text) => [setOwnerInText(text, page.record.path, config, owner)]);
  if (done && page.record.keys.owner === 'owner_slack') {
    void vscode.window.showInformationMessage(
      vscode.l10n.t(
        'Set Owner: @{0} owns the page now ("owner" is read before "owner_slack", which stays for the tools that read it).',
        owner,
      ),
    );
  }
  return done;
}

export async function newPage(ctx: CommandContext, args: NewPageArgs = {}): Promise<vscode.Uri | undefined> {
  const command = vscode.l10n.t('New Handbook Page');
  const folder = await writableFolder(command, args.workspaceFolder);
  if (!folder) return undefined;
  const { config } = ctx.store.config(folder);
  const title = await askTitle(ctx.questions, command, vscode.l10n.t('Title of the page'), args.title);
  if (!title) return undefined;
  const owner = await pickOwner(command, config, ctx.clock.now(), args.owner);
  if (!owner) return undefined;
  const today = dayIn(ctx.clock.now(), ownerTimeZone(config, owner));
  const text = newPageText({ title: title.trim(), owner }, today, config, await template(folder, 'page.md'));
  // A glob cannot name a new file's place: the first handbook folder that is a plain path.
  const place = config.handbook.find((f) => !/[*?[\]{}]/.test(f));
  if (!place) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t(
        'New Handbook Page: "handbook" in .async/config.yaml names no plain folder to write a page in (only globs, or none); nothing was written.',
      ),
    );
    return undefined;
  }
  const uri = await freePath(command, folder, (taken) => newPagePath(place, title, taken));
  if (!uri) return undefined;
  const rel = relativePath(folder, uri);
  if (classify(rel, ctx.store.recordFolders(folder)) !== 'page') {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('New Handbook Page: {0} would be in a record folder, not a page; nothing was written.', rel),
    );
    return undefined;
  }
  await writeAndOpen(uri, text);
  return uri;
}

/** Opens the line that decides who owns a file: a page's `owner`, else its CODEOWNERS line (or the file itself when no line matches). */
export async function showOwner(ctx: CommandContext, arg?: unknown): Promise<vscode.Uri | undefined> {
  const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
  const folder = uri && vscode.workspace.getWorkspaceFolder(uri);
  if (!uri || !folder) return undefined;
  const codeowners = ctx.store.codeowners(folder);
  const stored = ctx.store.find(uri);
  if (stored?.record.type === 'page' && stored.record.owners.length > 0) {
    const line = stored.record.layout.fields[stored.record.keys.owner]?.line ?? 0;
    await vscode.window.showTextDocument(uri, { selection: new vscode.Range(line, 0, line, 0) });
    return uri;
  }
  if (!codeowners) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('No CODEOWNERS file in .github/, the root or docs/: nobody is named as owner.'),
    );
    return undefined;
  }
  const rule = fileOwnership(relativePath(folder, uri), codeowners).rule;
  const target = vscode.Uri.joinPath(folder.uri, codeowners.path);
  const line = rule?.line ?? 0;
  await vscode.window.showTextDocument(target, { selection: new vscode.Range(line, 0, line, 0) });
  return target;
}
