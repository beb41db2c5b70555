import * as assert from 'node:assert/strict';
import { COMMANDS, CONTEXT, SETTINGS, VIEW_CONTAINER, VIEWS } from '../../src/constants';
import { manifest } from '../support/helpers';

interface Manifest {
  activationEvents: string[];
  contributes: {
    commands: { command: string }[];
    menus: Record<string, { command?: string; alt?: string }[]>;
    views: Record<string, { id: string }[]>;
    viewsContainers: Record<string, { id: string }[]>;
    viewsWelcome: { view: string }[];
    configuration: { properties: Record<string, unknown> } | { properties: Record<string, unknown> }[];
  };
}

const pkg = manifest<Manifest>();
const { contributes } = pkg;

/** Both ways, so a failure says which side lacks the id. */
function sameIds(what: string, inManifest: string[], inConstants: string[], constants: string): void {
  assert.deepEqual(
    inManifest.filter((id) => !inConstants.includes(id)),
    [],
    `${what} in package.json but not in ${constants}`,
  );
  assert.deepEqual(
    inConstants.filter((id) => !inManifest.includes(id)),
    [],
    `${what} in ${constants} but not in package.json`,
  );
}

/** Every setting id in SETTINGS under its section (`asyncWork.focus.schedule`). */
function settingIds(): string[] {
  const { section, ...ids } = SETTINGS;
  const leaves = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(leaves) : [];
  return leaves(ids).map((id) => `${section}.${id}`);
}

/** Each context key package.json reads, with where: in when-clauses, enablements and `onContext:` completion events. */
function contextReads(value: unknown, at = ''): { at: string; key: string }[] {
  if (typeof value === 'string') {
    const onContext = /^onContext:(.+)$/.exec(value);
    return onContext ? [{ at, key: onContext[1] }] : [];
  }
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) =>
    (key === 'when' || key === 'enablement') && typeof v === 'string'
      ? contextKeys(v).map((k) => ({ at: `${at}.${key}`, key: k }))
      : contextReads(v, `${at}.${key}`),
  );
}

/**
 * The keys a when-clause reads: each operand on its own or on the left of an operator.
 * A right-hand side (`view == asyncWork.requests`, `viewItem =~ /^row:/`) is a value, not a key.
 */
function contextKeys(clause: string): string[] {
  const operand =
    /!?\s*([\w.-]+)(?:\s*(?:===?|!==?|=~|<=|>=|<|>|\s+not\s+in\s+|\s+in\s+)\s*(?:\/(?:\\.|[^/\\])*\/\w*|'[^']*'|"[^"]*"|[^\s&|()]+))?/g;
  return [...clause.matchAll(operand)].map((m) => m[1]);
}

describe('package.json against the constants', () => {
  it('contributes every command in COMMANDS and no other', () => {
    sameIds(
      'commands',
      contributes.commands.map((c) => c.command),
      Object.values(COMMANDS),
      'COMMANDS',
    );
  });

  it('contributes every setting in SETTINGS and no other', () => {
    const properties = [contributes.configuration].flat().flatMap((c) => Object.keys(c.properties));
    sameIds('settings', properties, settingIds(), 'SETTINGS');
  });

  it('contributes the views in VIEWS, in the view container VIEW_CONTAINER, and no other', () => {
    const containers = Object.values(contributes.viewsContainers).flat();
    sameIds(
      'view containers',
      containers.map((c) => c.id),
      [VIEW_CONTAINER],
      'VIEW_CONTAINER',
    );
    sameIds('view containers with views', Object.keys(contributes.views), [VIEW_CONTAINER], 'VIEW_CONTAINER');
    const views = Object.values(contributes.views).flat();
    sameIds(
      'views',
      views.map((v) => v.id),
      Object.values(VIEWS),
      'VIEWS',
    );
    const known: string[] = Object.values(VIEWS);
    assert.deepEqual(
      contributes.viewsWelcome.filter((w) => !known.includes(w.view)),
      [],
      'welcome content for views not in VIEWS',
    );
  });

  it('reads only the context keys in CONTEXT, and each of them', () => {
    const reads = contextReads(contributes).filter((r) => r.key.startsWith(`${VIEW_CONTAINER}.`));
    const known: string[] = Object.values(CONTEXT);
    assert.deepEqual(
      reads.filter((r) => !known.includes(r.key)),
      [],
      'context keys read in package.json but not in CONTEXT',
    );
    assert.deepEqual(
      known.filter((k) => !reads.some((r) => r.key === k)),
      [],
      'context keys in CONTEXT that package.json never reads',
    );
  });

  it('tells the key of a when-clause from the value it is compared with', () => {
    assert.deepEqual(contextKeys('view == asyncWork.requests && !asyncWork.focusing'), ['view', 'asyncWork.focusing']);
    assert.deepEqual(contextKeys('view =~ /^asyncWork\\./ || asyncWork.activeRecord =~ /^record:(a|b) c/ && isWorkspaceTrusted'), [
      'view',
      'asyncWork.activeRecord',
      'isWorkspaceTrusted',
    ]);
    assert.deepEqual(contextKeys("!asyncWork.github.signedIn && resourceExtname in 'asyncWork.x' && (a || b)"), [
      'asyncWork.github.signedIn',
      'resourceExtname',
      'a',
      'b',
    ]);
  });

  it('puts only commands in COMMANDS in its menus, the command palette included', () => {
    const known: string[] = Object.values(COMMANDS);
    assert.ok(contributes.menus.commandPalette.length > 0, 'the command palette hides some commands');
    const unknown = Object.entries(contributes.menus).flatMap(([menu, items]) =>
      items
        .flatMap((item) => [item.command, item.alt])
        .filter((id) => id !== undefined && !known.includes(id))
        .map((id) => `${menu}: ${id}`),
    );
    assert.deepEqual(unknown, [], 'menu entries for commands not in COMMANDS');
  });

  it('activates only on commands and views in the constants', () => {
    const known: string[] = [...Object.values(COMMANDS), ...Object.values(VIEWS)];
    const unknown = pkg.activationEvents.filter((event) => /^on(?:Command|View):/.test(event) && !known.includes(event.split(':')[1]));
    assert.deepEqual(unknown, [], 'activation events for commands or views not in the constants');
  });
});
