// The translation bundles: l10n/bundle.l10n.json is what `npm run l10n` extracts from the sources
// today.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../support/paths';

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

describe('the translation bundles', () => {
  it('l10n/bundle.l10n.json holds every message of the sources, and only those', function () {
    this.timeout(30000);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'async-work-l10n-'));
    try {
      const run = spawnSync(process.execPath, [path.join(ROOT, 'l10n.mjs'), '--out-dir', out], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
      const fresh = fs.readFileSync(path.join(out, 'bundle.l10n.json'), 'utf8');
      const committed = read('l10n/bundle.l10n.json');
      if (fresh !== committed) {
        const [now, then] = [fresh, committed].map((t) => Object.keys(JSON.parse(t) as object));
        const changed = [
          ...now.filter((k) => !then.includes(k)).map((k) => `+ ${k}`),
          ...then.filter((k) => !now.includes(k)).map((k) => `- ${k}`),
        ];
        assert.fail(`l10n/bundle.l10n.json is not current: run \`npm run l10n\` and commit it.\n${changed.slice(0, 20).join('\n')}`);
      }
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
