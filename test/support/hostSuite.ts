// The standard extension-test entry: VS Code's extension host calls run() and treats a rejected
// promise as failure. Each suite's index.ts hands it its own folder.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/** Runs every `*.test.js` of `dir` with mocha; rejects when any fails, naming the suite. */
export function runSuite(dir: string, suite: string): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30000, reporter: 'spec' });
  for (const f of fs.readdirSync(dir).sort()) {
    if (f.endsWith('.test.js')) mocha.addFile(path.join(dir, f));
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} ${suite} tests failed.`)) : resolve()));
  });
}
