import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../support/paths';

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

describe('architecture', () => {
  it('keeps src/core free of vscode', () => {
    const offenders = sources(path.join(ROOT, 'src/core')).filter((f) =>
      /from ['"]vscode['"]|require\(['"]vscode['"]\)/.test(fs.readFileSync(f, 'utf8')),
    );
    assert.deepEqual(offenders, []);
  });

  it('keeps the command line, the GitHub client, the poller and the busy status free of vscode', () => {
    const cli = [
      path.join(ROOT, 'src/cli.ts'),
      ...sources(path.join(ROOT, 'src/cli')),
      ...sources(path.join(ROOT, 'src/node')),
      path.join(ROOT, 'src/github/client.ts'),
      path.join(ROOT, 'src/github/poller.ts'),
      path.join(ROOT, 'src/focus/busyStatus.ts'),
    ];
    const offenders = cli.filter((f) => /from ['"]vscode['"]/.test(fs.readFileSync(f, 'utf8')));
    assert.deepEqual(offenders, []);
  });

  it('gives the test API, with the GitHub session, to nobody in production mode', () => {
    const source = fs.readFileSync(path.join(ROOT, 'src/extension.ts'), 'utf8');
    const activate = /^export function activate\(context: vscode\.ExtensionContext\): AsyncWorkApi \| undefined \{\n([\s\S]*?)\n\}\n/m.exec(
      source,
    );
    assert.ok(activate, 'activate() may return undefined');
    // Its own lines only: the returns of functions inside it are theirs.
    const returns = activate[1].split('\n').filter((l) => /^ {2}(?:if \(.*\) )?return\b/.test(l));
    assert.deepEqual(
      returns.map((l) => l.trim().slice(0, 21)),
      ['if (context.extension', 'return {'],
    );
    assert.equal(returns[0].trim(), 'if (context.extensionMode === vscode.ExtensionMode.Production) return undefined;');
  });
});
