// Bundles the extension and the CLI. `--production` minifies; `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const options = {
  entryPoints: { extension: 'src/extension.ts', cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['vscode'],
  // yaml's Node entry is one CommonJS file; its ES module build lets esbuild drop what we never call.
  alias: { yaml: './node_modules/yaml/browser/index.js' },
  minify: production,
  sourcemap: true,
  sourcesContent: false,
  metafile: true,
  logLevel: 'warning',
  legalComments: 'none',
};

function report(metafile) {
  const rows = Object.entries(metafile.outputs)
    .filter(([file]) => file.endsWith('.js'))
    .map(([file, out]) => `  ${file.padEnd(22)} ${(out.bytes / 1024).toFixed(1).padStart(7)} KB`);
  console.log(`bundle (${production ? 'production' : 'development'}):\n${rows.join('\n')}`);
}

if (watch) {
  const ctx = await esbuild.context({
    ...options,
    plugins: [
      {
        name: 'report',
        setup(b) {
          // The launch configuration's problem matcher waits for these two lines.
          b.onStart(() => console.log('[watch] build started'));
          b.onEnd((r) => r.metafile && report(r.metafile));
        },
      },
    ],
  });
  await ctx.watch();
} else {
  const result = await esbuild.build(options);
  await mkdir('dist', { recursive: true });
  await writeFile('dist/meta.json', JSON.stringify(result.metafile));
  report(result.metafile);
}
