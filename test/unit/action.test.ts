// action.yml run the way the runner runs a composite action: each step's `run:` text in
// `bash --noprofile --norc -eo pipefail {0}`, its `env:` evaluated with the inputs, the action's path
// and the outputs of earlier steps, its own GITHUB_OUTPUT file; a failing step ends the run.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { runCli } from '../../src/cli/main';
import { SAMPLE_REPO } from '../support/helpers';
import { ROOT } from '../support/paths';

interface Step {
  name: string;
  id?: string;
  shell: string;
  env?: Record<string, string>;
  run: string;
  if?: string;
}
interface Action {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const ACTION = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as Action;
const NOW = '2026-11-25T12:00:00Z';

interface Run {
  /** Each step that ran: its name, exit code and output. */
  steps: { name: string; status: number | null; stdout: string; stderr: string }[];
  /** The action's outputs, as the workflow sees them. */
  outputs: Record<string, string>;
  failed: boolean;
}

/** Reads a GITHUB_OUTPUT file: `name=value` lines and `name<<DELIMITER` blocks. */
function readOutputFile(file: string): Record<string, string> {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const out: Record<string, string> = {};
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2], i + 1);
      out[heredoc[1]] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i].includes('=')) out[lines[i].slice(0, lines[i].indexOf('='))] = lines[i].slice(lines[i].indexOf('=') + 1);
  }
  return out;
}

function runAction(
  workspace: string,
  given: Record<string, string>,
  { skip = {}, actionPath = ROOT }: { skip?: Record<string, string>; actionPath?: string } = {},
): Run {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'async-work-action-'));
  const inputs = Object.fromEntries(Object.entries(ACTION.inputs).map(([k, v]) => [k, given[k] ?? v.default ?? '']));
  const stepOutputs: Record<string, Record<string, string>> = {};
  // The part of the runner's expression language the action uses; anything else fails the test.
  const evaluate = (text: string) =>
    text.replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_m, expr: string) => {
      let m: RegExpExecArray | null;
      if (expr === 'github.action_path') return actionPath;
      if ((m = /^inputs\.([\w-]+)$/.exec(expr))) return inputs[m[1]] ?? '';
      if ((m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr))) return stepOutputs[m[1]]?.[m[2]] ?? '';
      throw new Error(`action.yml uses an expression this test does not evaluate: ${expr}`);
    });
  const run: Run = { steps: [], outputs: {}, failed: false };
  try {
    for (const [i, step] of ACTION.runs.steps.entries()) {
      assert.equal(step.shell, 'bash', `${step.name}: shell`);
      assert.equal(step.if, undefined, `${step.name}: this test does not evaluate if:`);
      assert.doesNotMatch(step.run, /\$\{\{/, `${step.name}: an expression in the script text`);
      if (skip[step.name]) {
        console.log(`      (step "${step.name}" not run: ${skip[step.name]})`);
        continue;
      }
      const script = path.join(tmp, `step-${i}.sh`);
      const outputFile = path.join(tmp, `output-${i}`);
      fs.writeFileSync(script, step.run);
      fs.writeFileSync(outputFile, '');
      const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, evaluate(v)]));
      const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
        cwd: workspace,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, HOME: process.env.HOME, TZ: 'UTC', GITHUB_OUTPUT: outputFile, ...env },
      });
      run.steps.push({ name: step.name, status: r.status, stdout: r.stdout, stderr: r.stderr });
      if (step.id) stepOutputs[step.id] = readOutputFile(outputFile);
      if (r.status !== 0) {
        run.failed = true;
        break;
      }
    }
    run.outputs = Object.fromEntries(Object.entries(ACTION.outputs).map(([k, v]) => [k, evaluate(v.value)]));
    return run;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (s) => (out += s), err: (s) => (err += s), env: { TZ: 'UTC' } });
  return { code, out, err };
}

async function counts(dir: string): Promise<{ errors: string; warnings: string }> {
  const rows = JSON.parse((await cli('check', dir, '--now', NOW, '--format', 'json')).out) as { severity: string }[];
  const n = (severity: string) => String(rows.filter((r) => r.severity === severity).length);
  return { errors: n('error'), warnings: n('warning') };
}

describe('action.yml, its steps run as the runner runs them', function () {
  this.timeout(60000);
  let workspace: string;
  /** Why the SARIF step cannot run yet, or undefined when the CLI writes SARIF. */
  let noSarif: string | undefined;

  before(async () => {
    // The action runs the CLI from its own checkout.
    const build = spawnSync(process.execPath, ['esbuild.mjs', '--production'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr);
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'async-work-workspace-'));
    fs.cpSync(SAMPLE_REPO, workspace, { recursive: true });
    const trial = await cli('check', workspace, '--now', NOW, '--format', 'sarif');
    if (trial.code === 2) noSarif = `this CLI does not write SARIF yet: ${trial.err.trim()}`;
  });

  after(() => fs.rmSync(workspace, { recursive: true, force: true }));

  it('is a composite action of bash steps whose scripts take inputs only through env', () => {
    assert.equal(ACTION.runs.using, 'composite');
    assert.deepEqual(Object.keys(ACTION.inputs).sort(), ['fail-on-errors', 'now', 'path', 'sarif']);
    assert.deepEqual(Object.keys(ACTION.outputs).sort(), ['errors', 'warnings']);
    for (const step of ACTION.runs.steps) assert.doesNotMatch(step.run, /\$\{\{/, step.name);
  });

  it('on the sample repository: prints the annotations, writes the counts, the SARIF file, and fails', async () => {
    const expected = await counts(workspace);
    assert.notEqual(expected.errors, '0');
    const run = runAction(workspace, { now: NOW, sarif: 'async-work.sarif' }, { skip: noSarif ? { 'Write SARIF': noSarif } : {} });
    assert.equal(run.failed, true);
    const last = run.steps.at(-1)!;
    assert.deepEqual([last.name, last.status], ['Fail on errors', 1]);
    assert.match(last.stdout, new RegExp(`Async Work: ${expected.errors} errors, ${expected.warnings} warnings\\.`));
    assert.deepEqual(run.outputs, expected);

    // The CLI's annotations, with paths relative to the workspace as the runner needs them.
    const annotations = (await cli('check', workspace, '--now', NOW, '--format', 'github')).out.replaceAll(`file=${workspace}/`, 'file=');
    const printed = run.steps[0].stdout;
    assert.equal(printed, annotations);
    assert.equal(printed.split('\n').filter((l) => l.startsWith('::error file=')).length, Number(expected.errors));
    assert.match(
      printed,
      /^::error file=docs\/requests\/2026-11-22-vendor-contract\.md,line=5,col=1,title=Async Work%3A multiple-owners::/m,
    );

    if (noSarif) console.log(`      (SARIF file not checked: ${noSarif})`);
    else {
      const sarif = JSON.parse(fs.readFileSync(path.join(workspace, 'async-work.sarif'), 'utf8')) as { version: string; runs: unknown[] };
      assert.equal(sarif.version, '2.1.0');
      assert.equal(sarif.runs.length, 1);
    }
  });

  it('writes no SARIF file when the input is empty, and reports without failing when fail-on-errors is false', async () => {
    const expected = await counts(workspace);
    fs.rmSync(path.join(workspace, 'async-work.sarif'), { force: true });
    const run = runAction(workspace, { now: NOW, 'fail-on-errors': 'false' });
    assert.equal(run.failed, false);
    assert.deepEqual(run.outputs, expected);
    assert.match(run.steps[1].stdout, /No sarif input/);
    assert.match(run.steps[2].stdout, new RegExp(`Async Work: ${expected.errors} errors`));
    assert.deepEqual(
      fs.readdirSync(workspace).filter((f) => f.endsWith('.sarif')),
      [],
    );
  });

  it('passes on a repository without errors; its warnings are counted but do not fail the job', async () => {
    const clean = fs.mkdtempSync(path.join(os.tmpdir(), 'async-work-clean-'));
    try {
      fs.cpSync(SAMPLE_REPO, clean, { recursive: true });
      // The sample without the files that carry errors (removing one can turn up another).
      for (let round = 0; round < 10; round++) {
        const rows = JSON.parse((await cli('check', clean, '--now', NOW, '--format', 'json')).out) as { path: string; severity: string }[];
        const withErrors = [...new Set(rows.filter((r) => r.severity === 'error').map((r) => r.path))];
        if (withErrors.length === 0) break;
        for (const p of withErrors) fs.rmSync(path.join(clean, p));
      }
      const expected = await counts(clean);
      assert.equal(expected.errors, '0');
      assert.notEqual(expected.warnings, '0');
      const run = runAction(clean, { now: NOW });
      assert.equal(run.failed, false, run.steps.map((s) => s.stdout + s.stderr).join('\n'));
      assert.deepEqual(run.outputs, expected);
      assert.doesNotMatch(run.steps[0].stdout, /^::error/m);
      assert.match(run.steps[0].stdout, /^::warning file=/m);
    } finally {
      fs.rmSync(clean, { recursive: true, force: true });
    }
  });

  it('takes hostile inputs as data: a path like an option, a quote and $() in now', () => {
    const run = runAction(workspace, { path: '--format', now: '$(touch pwned)"' });
    assert.equal(run.failed, true);
    assert.match(run.steps[0].stderr, /--now/);
    assert.ok(!fs.existsSync(path.join(workspace, 'pwned')));
  });

  it('says which ref to use when its checkout has no dist/cli.js', () => {
    const bare = fs.mkdtempSync(path.join(os.tmpdir(), 'async-work-bare-action-'));
    try {
      const run = runAction(workspace, { now: NOW }, { actionPath: bare });
      assert.deepEqual([run.failed, run.steps.length, run.steps[0].status], [true, 1, 2]);
      assert.match(run.steps[0].stdout, /^::error title=Async Work::This ref of the action has no dist\/cli\.js; use a release tag/m);
      assert.deepEqual(run.outputs, { errors: '', warnings: '' });
    } finally {
      fs.rmSync(bare, { recursive: true, force: true });
    }
  });
});
