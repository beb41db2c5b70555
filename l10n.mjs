// `npm run l10n`: writes l10n/bundle.l10n.json, every message the extension and the command line
// show, with VS Code's own extractor (@vscode/l10n-dev). The extractor finds `l10n.t(…)` only in
// files that import `vscode` or `@vscode/l10n`; the core's seam (src/core/common/l10n.ts) has
// @vscode/l10n's shape, so a file that imports the seam is shown to it as importing @vscode/l10n.
// `--out-dir DIR` writes the bundle there instead (the unit test compares it with the committed one).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getL10nJson } from '@vscode/l10n-dev';

const root = path.dirname(fileURLToPath(import.meta.url));
const seam = path.join(root, 'src/core/common/l10n');
const at = process.argv.indexOf('--out-dir');
const outDir = at >= 0 ? path.resolve(process.argv[at + 1]) : path.join(root, 'l10n');

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => {
      const p = path.join(dir, e.name);
      return e.isDirectory() ? sources(p) : e.name.endsWith('.ts') ? [p] : [];
    });
}

const problems = [];
const files = sources(path.join(root, 'src')).map((file) => {
  const text = readFileSync(file, 'utf8');
  // A message that is not written out cannot be extracted, and would never be translated.
  for (const m of text.matchAll(/\bl10n\.t\((?=\s*[^\s'"`{])/g)) {
    const line = text.slice(0, m.index).split('\n').length;
    problems.push(`${path.relative(root, file)}:${line}: l10n.t needs the message itself, written out`);
  }
  const contents = text.replace(/(from\s+)(['"])(\.[^'"]*)\2/g, (all, from, quote, specifier) =>
    path.resolve(path.dirname(file), specifier) === seam ? `${from}${quote}@vscode/l10n${quote}` : all,
  );
  return { extension: '.ts', contents };
});
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}

const bundle = await getL10nJson(files);
mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, 'bundle.l10n.json'), `${JSON.stringify(bundle, undefined, 2)}\n`);
console.log(`${Object.keys(bundle).length} messages in ${path.relative(root, path.join(outDir, 'bundle.l10n.json')) || outDir}`);
