// Bundles the extension and the CLI for Node, and the extension for the browser's web worker host
// (vscode.dev, github.dev). `--production` minifies; `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { realpathSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

export const options = {
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

/**
 * The browser build's seam: every import of `env/node/…` becomes `env/browser/…`, and anything else
 * Node-only (`src/node/`, Node's modules) is an error, so it cannot slip into the web bundle.
 */
const browserEnv = {
  name: 'browser-env',
  setup(b) {
    b.onResolve({ filter: /[/\\]env[/\\]node[/\\]/ }, (args) => ({
      path: path.join(args.resolveDir, `${args.path.replace(/([/\\]env[/\\])node([/\\])/, '$1browser$2')}.ts`),
    }));
    b.onResolve({ filter: /^(node:|(fs|path|os|child_process)$)|[/\\]node[/\\]/ }, (args) =>
      args.importer.includes(`${path.sep}node_modules${path.sep}`)
        ? undefined
        : { errors: [{ text: `${args.path} is Node-only: reach it through src/env/platform.ts (imported by ${args.importer})` }] },
    );
  },
};

export const web = {
  ...options,
  entryPoints: { extension: 'src/extension.ts' },
  outdir: 'dist/web',
  platform: 'browser',
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
  plugins: [browserEnv],
};

function report(metafile) {
  const rows = Object.entries(metafile.outputs)
    .filter(([file]) => file.endsWith('.js'))
    .map(([file, out]) => `  ${file.padEnd(22)} ${(out.bytes / 1024).toFixed(1).padStart(7)} KB`);
  console.log(`bundle (${production ? 'production' : 'development'}):\n${rows.join('\n')}`);
}

const builds = [
  { name: 'node', options, meta: 'dist/meta.json' },
  { name: 'web', options: web, meta: 'dist/web/meta.json' },
];

// Imported (by a test), it only hands out its options.
// Node names the main module by its real path, whatever path it was started by.
const run = process.argv[1] !== undefined && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;

if (run && watch) {
  for (const build of builds) {
    const ctx = await esbuild.context({
      ...build.options,
      plugins: [
        ...(build.options.plugins ?? []),
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
  }
} else if (run) {
  const results = await Promise.all(builds.map((build) => esbuild.build(build.options)));
  const outputs = {};
  for (const [i, result] of results.entries()) {
    await mkdir(path.dirname(builds[i].meta), { recursive: true });
    await writeFile(builds[i].meta, JSON.stringify(result.metafile));
    Object.assign(outputs, result.metafile.outputs);
  }
  report({ outputs });
}
