// The composition root: builds every part once, hands each its dependencies, and owns their
// lifetime through context.subscriptions. Activation does no file or network work itself.
import * as vscode from 'vscode';
import { createQuestions, type Questions } from './questions';
import { Clock, clockSetting } from './clock';
import { createCommands } from './commands';
import { ActiveRecord } from './commands/activeRecord';
import { VIEWS } from './constants';
import { DoNotDisturb } from './focus/doNotDisturb';
import { FocusMode } from './focus/focusMode';
import { ReminderDelivery } from './reminders/delivery';
import { followSettings, settingsConnection, type GithubConnection } from './github/connection';
import { GithubService } from './github/service';
import { platform } from './env/node/platform';
import { createLog, type Log } from './log';
import { useLanguage } from './core/common/l10n';
import { languageFor } from './core/common/languages';
import { Reminders } from './reminders/reminders';
import { Snoozes } from './requests/snoozes';
import { Settings } from './settings';
import { MeTracker } from './team/meTracker';
import { DecisionsView } from './views/decisionsView';
import { HandbookView } from './views/handbookView';
import { OwnerStatus } from './handbook/ownerStatus';
import { PageLens } from './handbook/pageLens';
import { RequestsView } from './views/requestsView';
import { TeamConfigDiagnostics } from './workspace/teamConfigDiagnostics';
import { RecordDiagnostics } from './workspace/diagnostics';
import { RecordQuickFixes } from './workspace/quickFixes';
import { RecordStore } from './workspace/store';

/** What activate() returns outside production mode: used by the integration tests. */
export interface AsyncWorkApi {
  store: RecordStore;
  views: { requests: RequestsView; decisions: DecisionsView; handbook: HandbookView };
  ownerStatus: OwnerStatus;
  pageLens: PageLens;
  commandIds: string[];
  clock: Clock;
  meTracker: MeTracker;
  questions: Questions;
  focus: FocusMode;
  doNotDisturb: DoNotDisturb;
  reminderDelivery: ReminderDelivery;
  reminders: Reminders;
  github: GithubService;
  settings: Settings;
  /** Uses this GitHub from now on, whatever the settings say; resolves after the session check. */
  connectGithub(connection: GithubConnection): Promise<void>;
  /** Where the log output channel writes (the tests read it). */
  logUri: vscode.Uri;
  /** How long activate() took, in milliseconds (also in the log). */
  activationMs: number;
}

/**
 * A fake GitHub for the UI checks, which cannot reach the extension host's test API: the
 * `ASYNC_WORK_TEST_GITHUB` environment variable of the extension host (JSON: baseUrl, token,
 * login). Honoured only for an extension under development or test, never for an installed one,
 * and no workspace or repository file can set it.
 */
function testGithub(context: vscode.ExtensionContext, log: Log): GithubConnection | undefined {
  const raw = context.extensionMode === vscode.ExtensionMode.Production ? undefined : platform.env('ASYNC_WORK_TEST_GITHUB');
  if (!raw) return undefined;
  try {
    const { baseUrl, token, login } = JSON.parse(raw) as { baseUrl: string; token: string; login: string };
    const session = { token, login };
    log.info('github', `using the test GitHub at ${baseUrl}`);
    const sessions = {
      get: () => Promise.resolve(session),
      withUserScope: () => Promise.resolve(session),
      onDidChange: () => ({ dispose() {} }),
    };
    return { baseUrl, remoteHost: 'github.com', sessions };
  } catch {
    log.warn('github', 'ASYNC_WORK_TEST_GITHUB is not JSON; ignored');
    return undefined;
  }
}

/**
 * The clock of the UI checks and of the demo, which cannot reach the test API: the extension
 * host's `ASYNC_WORK_TEST_NOW` stops it at that moment, `ASYNC_WORK_DEMO_NOW` lets it run on from
 * that moment. Honoured only for an extension under development or test, like the test GitHub.
 */
function setTestClock(context: vscode.ExtensionContext, clock: Clock, log: Log): void {
  if (context.extensionMode === vscode.ExtensionMode.Production) return;
  for (const [name, set] of [
    ['ASYNC_WORK_TEST_NOW', (at: Date) => clock.pin(at)],
    ['ASYNC_WORK_DEMO_NOW', (at: Date) => clock.startAt(at)],
  ] as const) {
    const raw = platform.env(name);
    if (raw === undefined) continue;
    const at = clockSetting(raw);
    if (at) {
      set(at);
      log.info('activate', `${name}: the clock ${name === 'ASYNC_WORK_TEST_NOW' ? 'stands at' : 'runs from'} ${at.toISOString()}`);
    } else {
      log.warn('activate', `${name} is not an ISO date-time; ignored`);
    }
  }
}

export function activate(context: vscode.ExtensionContext): AsyncWorkApi | undefined {
  const started = performance.now();
  // The core speaks the language VS Code loaded a bundle for (none: English), before anything says a word.
  useLanguage(languageFor(vscode.env.language, vscode.l10n.bundle));
  const log = createLog();
  const clock = new Clock();
  setTestClock(context, clock, log);
  const settings = new Settings();
  const store = new RecordStore(log);
  const meTracker = new MeTracker(store, settings, log);
  const snoozes = new Snoozes(context.workspaceState);
  // The settings' GitHub, followed as they change, unless a test GitHub stands in for it.
  const fromSettings = settingsConnection(settings.github);
  const fixedGithub = testGithub(context, log);
  const github = new GithubService({
    state: context.workspaceState,
    log,
    clock,
    settings,
    connection: fixedGithub ?? fromSettings,
    requestLabel: () => store.primaryConfig().requestLabel,
    zone: () => meTracker.zone(),
  });
  const followGithub = fixedGithub ? undefined : followSettings(settings, fromSettings, (c) => github.connect(c));
  const requests = new RequestsView(store, meTracker, snoozes, clock, github);
  const decisions = new DecisionsView(store, clock, () => meTracker.zone());
  const handbook = new HandbookView(store, meTracker, clock);
  const ownerStatus = new OwnerStatus(store);
  const pageLens = new PageLens(store, meTracker, clock);
  const questions = createQuestions();
  const doNotDisturb = new DoNotDisturb(log);
  const focus = new FocusMode(
    context.globalState,
    doNotDisturb,
    clock,
    settings,
    log,
    {
      client: (ask) => github.statusClient(ask),
      replyWithin: () => store.primaryConfig().replyWithin.raw,
    },
    () => meTracker.zone(),
  );
  const reminderDelivery = new ReminderDelivery(focus);
  const reminders = new Reminders(store, meTracker, github, reminderDelivery, clock, context.workspaceState);
  const requestsTree = vscode.window.createTreeView(VIEWS.requests, { treeDataProvider: requests, showCollapseAll: true });
  const decisionsTree = vscode.window.createTreeView(VIEWS.decisions, { treeDataProvider: decisions, showCollapseAll: true });
  const handbookTree = vscode.window.createTreeView(VIEWS.handbook, { treeDataProvider: handbook, showCollapseAll: true });
  // The Requests view keeps its minute's look while hidden: its badge shows on the activity bar.
  decisions.setVisible(decisionsTree.visible);
  context.subscriptions.push(
    log,
    settings,
    store,
    meTracker,
    snoozes,
    github,
    ...(followGithub ? [followGithub] : []),
    requests,
    decisions,
    handbook,
    ownerStatus,
    pageLens.register(),
    new RecordDiagnostics(store, clock, settings, log, () => meTracker.zone()),
    new RecordQuickFixes(store, clock, () => meTracker.zone()).register(),
    new TeamConfigDiagnostics(store),
    new ActiveRecord(store, clock),
    requestsTree,
    decisionsTree,
    handbookTree,
    decisionsTree.onDidChangeVisibility((e) => decisions.setVisible(e.visible)),
    handbook.onDidChangeTreeData(() => (handbookTree.badge = handbook.badge())),
    requests.onDidChangeTreeData(() => {
      requestsTree.badge = requests.badge();
      requestsTree.message = requests.message();
    }),
    doNotDisturb,
    focus,
    reminders,
    requestsTree.onDidChangeVisibility((e) => github.setViewVisible(e.visible)),
    github.onDidChange(() => meTracker.setGithubLogin(github.login())),
  );

  const commands = createCommands({ store, log, meTracker, snoozes, clock, questions, focus, github, settings });
  for (const [id, handler] of Object.entries(commands)) {
    context.subscriptions.push(vscode.commands.registerCommand(id, handler));
  }

  // Indexing starts after activation returns; the views fill in when it is done.
  void store.refresh();
  // Starting git costs a few milliseconds: it runs right after activation returns.
  const gitUser = setTimeout(() => void meTracker.readGitUser(), 0);
  context.subscriptions.push({ dispose: () => clearTimeout(gitUser) });
  // A block that ended while VS Code was closed is finished by the first ticks.
  void focus.tick();
  // The silent sign-in check is started here and finishes later; polling waits for the view.
  github.setViewVisible(requestsTree.visible);
  github.start();
  const activationMs = performance.now() - started;
  log.info('activate', `activated in ${activationMs.toFixed(1)} ms`);
  // Any extension can read what activate() returns, and the GitHub service holds the session.
  if (context.extensionMode === vscode.ExtensionMode.Production) return undefined;
  return {
    activationMs,
    store,
    views: { requests, decisions, handbook },
    ownerStatus,
    pageLens,
    commandIds: Object.keys(commands),
    clock,
    meTracker,
    questions,
    focus,
    doNotDisturb,
    reminderDelivery,
    reminders,
    github,
    settings,
    connectGithub: (connection) => {
      // The tests' GitHub stays until they name another: a change of the settings does not replace it.
      followGithub?.dispose();
      return github.connect(connection);
    },
    logUri: context.logUri,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
