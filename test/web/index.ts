// The web worker host's test entry: VS Code calls run() and treats a rejected promise as failure.
// Bundled for the browser with mocha's browser build by test/host/web.mjs.
import 'mocha/mocha';

export async function run(): Promise<void> {
  mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 30000, color: false });
  // Loaded after setup, which defines describe() and it().
  await import('./browser.test');
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} web tests failed.`)) : resolve()));
  });
}
