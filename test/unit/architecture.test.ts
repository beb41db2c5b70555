import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import * as ts from 'typescript';
import { CLI_BUNDLE } from '../support/cliBundle';
import { ROOT } from '../support/paths';

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');

/** A relative specifier as the file it names, the way TypeScript and esbuild find it. */
function resolve(from: string, specifier: string): string {
  const base = path.resolve(path.dirname(from), specifier.replace(/\.js$/, ''));
  const found = [`${base}.ts`, path.join(base, 'index.ts'), base].find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
  assert.ok(found, `${rel(from)}: cannot find ${specifier}`);
  return found;
}

/**
 * esbuild.mjs's browser build, kept in memory: the inputs it read, or its errors. Run in a child
 * Node because esbuild.mjs is an ES module and these tests are CommonJS.
 */
function browserBuild(stdin?: string): { inputs: string[]; errors: string[] } {
  const script = `
    import * as esbuild from 'esbuild';
    import { web } from './esbuild.mjs';
    const stdin = process.env.ENTRY ? { stdin: { contents: process.env.ENTRY, resolveDir: 'src', sourcefile: 'src/entry.ts', loader: 'ts' }, entryPoints: undefined } : {};
    try {
      const r = await esbuild.build({ ...web, ...stdin, minify: false, write: false, logLevel: 'silent' });
      console.log(JSON.stringify({ inputs: Object.keys(r.metafile.inputs), errors: [] }));
    } catch (e) {
      console.log(JSON.stringify({ inputs: [], errors: e.errors.map((x) => x.text) }));
    }`;
  const out = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ENTRY: stdin ?? '' },
  });
  assert.equal(out.status, 0, out.stderr);
  return JSON.parse(out.stdout) as { inputs: string[]; errors: string[] };
}

/** One module reached from the starting files, with the shortest chain of imports that reaches it. */
interface Reached {
  /** A source file (relative to the project) or a package specifier (`vscode`, `node:fs`, `date-fns`). */
  module: string;
  isFile: boolean;
  chain: string[];
}

/**
 * Every module reached from `starts` through imports, re-exports, `require()` and `import()`,
 * type-only imports too: a type from `vscode` still ties a module to VS Code.
 * A package is listed once per file that imports it, so every offender is named.
 */
function reach(starts: string[]): Reached[] {
  const chains = new Map(starts.map((f) => [f, [rel(f)]]));
  const reached: Reached[] = [];
  const queue = [...starts];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const chain = chains.get(file)!;
    reached.push({ module: rel(file), isFile: true, chain });
    if (!file.endsWith('.ts')) continue;
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    for (const { fileName: specifier } of importedFiles) {
      if (!specifier.startsWith('.')) {
        reached.push({ module: specifier, isFile: false, chain: [...chain, specifier] });
        continue;
      }
      const target = resolve(file, specifier);
      if (chains.has(target)) continue;
      chains.set(target, [...chain, rel(target)]);
      queue.push(target);
    }
  }
  return reached;
}

const isBuiltin = (specifier: string) => specifier.startsWith('node:') || builtinModules.includes(specifier);

const chainsOf = (reached: Reached[]) => reached.map((r) => r.chain.join(' → '));
const listed = (chains: string[]) => chains.map((c) => `  ${c}\n`).join('');

describe('architecture', () => {
  it('keeps src/core free of vscode', () => {
    const offenders = sources(path.join(ROOT, 'src/core')).filter((f) =>
      /from ['"]vscode['"]|require\(['"]vscode['"]\)/.test(fs.readFileSync(f, 'utf8')),
    );
    assert.deepEqual(offenders, []);
  });

  it('keeps the command line, the GitHub client, the poller and the GitHub status free of vscode', () => {
    const cli = [
      path.join(ROOT, 'src/cli.ts'),
      ...sources(path.join(ROOT, 'src/cli')),
      ...sources(path.join(ROOT, 'src/node')),
      path.join(ROOT, 'src/github/client.ts'),
      path.join(ROOT, 'src/github/poller.ts'),
      path.join(ROOT, 'src/focus/githubStatus.ts'),
    ];
    const offenders = cli.filter((f) => /from ['"]vscode['"]/.test(fs.readFileSync(f, 'utf8')));
    assert.deepEqual(offenders, []);
  });

  it('reaches no module that imports vscode from the command line, through any chain of imports', () => {
    const reached = reach([path.join(ROOT, 'src/cli.ts')]);
    assert.ok(
      reached.some((r) => r.module.startsWith('src/core/')),
      'the walk follows the command line into the core',
    );
    const offenders = chainsOf(reached.filter((r) => r.module === 'vscode'));
    assert.deepEqual(offenders, [], `the command line reaches vscode:\n${listed(offenders)}`);
  });

  it('keeps the core depending only on itself and npm packages, through any chain of imports', () => {
    const core = path.join(ROOT, 'src/core');
    const reached = reach(sources(core));
    const offenders = chainsOf(
      reached.filter((r) => (r.isFile ? !r.module.startsWith('src/core/') : r.module === 'vscode' || isBuiltin(r.module))),
    );
    assert.deepEqual(offenders, [], `the core reaches vscode, a Node built-in or code outside src/core:\n${listed(offenders)}`);
  });

  it('bundles the command line without vscode', async () => {
    // As esbuild.mjs bundles dist/cli.js, kept in memory.
    const result = await esbuild.build({ ...CLI_BUNDLE, outfile: 'dist/cli.js', write: false, metafile: true });
    // The chains come from esbuild's own record of what imported what.
    const inputs = result.metafile.inputs;
    const chains = new Map([['src/cli.ts', ['src/cli.ts']]]);
    const offenders: string[] = [];
    // A Map visits the entries added while it is walked, so this is a breadth-first walk.
    for (const [file, chain] of chains) {
      for (const imported of inputs[file]?.imports ?? []) {
        if (imported.path === 'vscode') offenders.push([...chain, 'vscode'].join(' → '));
        else if (!chains.has(imported.path)) chains.set(imported.path, [...chain, imported.path]);
      }
    }
    assert.ok(
      [...chains.keys()].some((f) => f.startsWith('src/core/')),
      'the walk follows the command line into the core',
    );
    assert.deepEqual(offenders, [], `dist/cli.js reaches vscode:\n${listed(offenders)}`);
    assert.doesNotMatch(result.outputFiles[0].text, /require\(\s*["']vscode["']\s*\)/, 'dist/cli.js requires vscode');
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

  it('lets the glue reach Node only through the platform seam, which the browser build replaces', () => {
    const reached = reach([path.join(ROOT, 'src/extension.ts')]);
    const nodeOnly = reached.filter((r) => (r.isFile ? r.module.startsWith('src/node/') : isBuiltin(r.module)));
    assert.ok(nodeOnly.length > 0, 'the desktop extension does use Node (git, fs)');
    const offenders = chainsOf(nodeOnly.filter((r) => !r.chain.includes('src/env/node/platform.ts')));
    assert.deepEqual(offenders, [], `the extension reaches Node around src/env/node/platform.ts:\n${listed(offenders)}`);
  });

  it('bundles the extension for the browser with the browser platform and nothing of Node', () => {
    const { inputs, errors } = browserBuild();
    assert.deepEqual(errors, []);
    assert.ok(inputs.includes('src/env/browser/platform.ts'), inputs.join('\n'));
    assert.ok(inputs.includes('src/workspace/store.ts'));
    const nodeOnly = inputs.filter((f) => f.startsWith('src/node/') || f.startsWith('src/env/node/') || isBuiltin(f));
    assert.deepEqual(nodeOnly, []);
  });

  it('refuses a Node module in the browser build, naming the way round it', () => {
    for (const entry of [
      "import 'node:fs';",
      "import * as p from 'path'; console.log(p);",
      "import { git } from './node/git'; console.log(git);",
    ]) {
      const { errors } = browserBuild(entry);
      assert.equal(errors.length, 1, entry);
      assert.match(errors[0], /is Node-only: reach it through src\/env\/platform\.ts/, entry);
    }
  });
});
