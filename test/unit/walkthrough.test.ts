import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONTEXT } from '../../src/constants';
import { manifest, MANIFEST_TEXT as raw, NLS as nls } from '../support/helpers';
import { ROOT } from '../support/paths';

interface Step {
  id: string;
  title: string;
  description: string;
  media: { markdown?: string; image?: string };
  completionEvents?: string[];
}

interface Manifest {
  contributes: {
    commands: { command: string }[];
    views: Record<string, { id: string }[]>;
    viewsContainers: { activitybar: { id: string }[] };
    configuration: { properties: Record<string, unknown> };
    walkthroughs: { id: string; title: string; steps: Step[] }[];
  };
}

const { contributes } = manifest<Manifest>();
const commands = new Set(contributes.commands.map((c) => c.command));
// Opening our own view container is a command VS Code makes for it.
for (const c of contributes.viewsContainers.activitybar) commands.add(`workbench.view.extension.${c.id}`);
const views = new Set(Object.values(contributes.views).flatMap((list) => list.map((v) => v.id)));
const settings = new Set(Object.keys(contributes.configuration.properties));
const contextKeys = new Set<string>(Object.values(CONTEXT));

describe('the Getting Started walkthrough', () => {
  const [walkthrough] = contributes.walkthroughs;

  it('has steps whose Markdown exists and names only what Async Work has', () => {
    assert.ok(walkthrough.steps.length >= 5, 'a walkthrough of several steps');
    for (const step of walkthrough.steps) {
      const file = path.join(ROOT, step.media.markdown ?? '');
      assert.ok(step.media.markdown && fs.existsSync(file), `${step.id}: ${step.media.markdown} is missing`);
      const text = fs.readFileSync(file, 'utf8');
      assert.match(text, /^# \S/, `${step.id}: its Markdown starts with a heading`);
      // Every setting the page names is one we contribute.
      for (const [, name] of text.matchAll(/`(asyncWork\.[\w.]+)`/g)) assert.ok(settings.has(name), `${step.id}: unknown setting ${name}`);
    }
  });

  it('links only to commands that exist and completes on events that can happen', () => {
    for (const step of walkthrough.steps) {
      for (const [, id] of step.description.matchAll(/\(command:([\w.]+)\)/g)) assert.ok(commands.has(id), `${step.id}: no command ${id}`);
      assert.ok(step.completionEvents && step.completionEvents.length > 0, `${step.id}: no completion event`);
      for (const event of step.completionEvents) {
        const [kind, arg] = event.split(/:(.*)/s);
        if (kind === 'onCommand') assert.ok(commands.has(arg), `${step.id}: ${event}`);
        else if (kind === 'onView') assert.ok(views.has(arg), `${step.id}: ${event}`);
        else if (kind === 'onSettingChanged') assert.ok(settings.has(arg), `${step.id}: ${event}`);
        else if (kind === 'onContext') assert.ok(contextKeys.has(arg), `${step.id}: ${event}`);
        else assert.equal(kind, 'onStepSelected', `${step.id}: ${event}`);
      }
    }
  });

  it('completes a step when the user does what it asks: its button, and each key it waits for is one Async Work sets', () => {
    const sources = fs
      .readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => fs.readFileSync(path.join(ROOT, 'src', f), 'utf8'))
      .join('\n');
    for (const step of walkthrough.steps) {
      const events = step.completionEvents ?? [];
      // Listed events replace the ones VS Code would take from the buttons: a button must be listed too.
      for (const [, id] of step.description.matchAll(/\(command:([\w.]+)\)/g))
        assert.ok(events.includes(`onCommand:${id}`), `${step.id}: its button runs ${id}, which does not complete it`);
      for (const event of events.filter((e) => e.startsWith('onContext:'))) {
        const name = Object.entries(CONTEXT).find(([, key]) => `onContext:${key}` === event)?.[0];
        assert.ok(name && sources.includes(`'setContext', CONTEXT.${name},`), `${step.id}: nothing sets the context key of ${event}`);
      }
    }
    const events = (id: string) => walkthrough.steps.find((s) => s.id === id)?.completionEvents;
    // Done also when the sidebar was already open, when "me" came from GitHub or git, when a block started on its own.
    assert.ok(events('sidebar')?.includes('onCommand:workbench.view.extension.asyncWork'));
    assert.ok(events('me')?.includes('onContext:asyncWork.meKnown'));
    assert.ok(events('focus')?.includes('onContext:asyncWork.focusing'));
  });
});

describe('the strings of package.json', () => {
  it('are all in package.nls.json, so they can be translated, and every entry there is used', () => {
    const used = new Set([...raw.matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]));
    assert.deepEqual(
      [...used].filter((k) => !(k in nls)),
      [],
      'keys without a text in package.nls.json',
    );
    assert.deepEqual(
      Object.keys(nls).filter((k) => !used.has(k)),
      [],
      'texts in package.nls.json that package.json does not use',
    );
    const shown = (JSON.parse(raw) as Manifest).contributes;
    const untranslated = [
      ...shown.commands.flatMap((c) => [(c as { title?: string }).title]),
      ...Object.values(shown.views).flatMap((list) => list.map((v) => (v as { name?: string }).name)),
      ...Object.values(shown.configuration.properties).map((p) => (p as { markdownDescription?: string }).markdownDescription),
      ...shown.walkthroughs.flatMap((w) => [w.title, ...w.steps.flatMap((st) => [st.title, st.description])]),
    ].filter((t) => typeof t === 'string' && !/^%[\w.-]+%$/.test(t));
    assert.deepEqual(untranslated, []);
  });
});
