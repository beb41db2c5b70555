// The command line read by a program that stops early, as `async-work list | head -1` does.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { CLI_BUNDLE } from '../../support/cliBundle';

describe('the command line in a pipe', function () {
  this.timeout(60000);

  it('stops quietly, with its exit code, when the reader closes the pipe', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'async-work-pipe-'));
    try {
      const cli = path.join(tmp, 'cli.js');
      await esbuild.build({ ...CLI_BUNDLE, outfile: cli });
      // 2,000 decisions: far more output than a pipe holds, so the CLI still writes when head has gone.
      const adr = path.join(tmp, 'repo/docs/adr');
      fs.mkdirSync(adr, { recursive: true });
      for (let i = 1; i <= 2000; i++) {
        const n = String(i).padStart(4, '0');
        fs.writeFileSync(path.join(adr, `${n}-decision-${n}.md`), `# ${i}. Decision ${n}\n\n## Status\n\nAccepted\n`);
      }
      const script = `node "${cli}" list "${path.join(tmp, 'repo')}" --now 2026-11-25T12:00:00Z | head -1; echo "status \${PIPESTATUS[0]}"`;
      const r = spawnSync('bash', ['-c', script], { encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: 'C' } });
      assert.equal(r.stderr, '', 'no stack trace');
      assert.match(r.stdout, /^TYPE +# +STATUS/);
      assert.match(r.stdout, /\nstatus 0\n$/);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
