// dist/cli.js as esbuild.mjs bundles it, for the tests that build the command line themselves.
import type { BuildOptions } from 'esbuild';
import { ROOT } from './paths';

export const CLI_BUNDLE: BuildOptions = {
  absWorkingDir: ROOT,
  entryPoints: ['src/cli.ts'],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['vscode'],
  alias: { yaml: './node_modules/yaml/browser/index.js' },
  logLevel: 'silent',
};
