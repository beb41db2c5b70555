import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

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
});
