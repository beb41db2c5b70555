import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID } from '../../src/constants';
import type { AsyncWorkApi } from '../../src/extension';
import type { ViewNode } from '../../src/views/items';

/** Activates the extension and waits until the store has indexed the sample repository. */
export async function activated(): Promise<AsyncWorkApi> {
  const ext = vscode.extensions.getExtension<AsyncWorkApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
  const api = await ext.activate();
  await api.store.whenIndexed();
  return api;
}

/** The labels of a tree, depth first, as "Group/Row". */
export function treeLabels(provider: vscode.TreeDataProvider<ViewNode>, node?: ViewNode, prefix = ''): string[] {
  const out: string[] = [];
  for (const child of (provider.getChildren(node) as ViewNode[] | undefined) ?? []) {
    const item = provider.getTreeItem(child) as vscode.TreeItem;
    const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
    out.push(prefix + label);
    out.push(...treeLabels(provider, child, `${prefix}${label}/`));
  }
  return out;
}
