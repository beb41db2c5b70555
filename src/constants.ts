// Every id the extension shares with package.json: commands, views, context keys, settings.

export const EXTENSION_ID = 'async-work.async-work';

export const VIEW_CONTAINER = 'asyncWork';

export const VIEWS = {
  requests: 'asyncWork.requests',
  decisions: 'asyncWork.decisions',
} as const;

export const COMMANDS = {
  refresh: 'asyncWork.refresh',
  showLog: 'asyncWork.showLog',
  newRequest: 'asyncWork.newRequest',
  newMeeting: 'asyncWork.newMeeting',
  setMe: 'asyncWork.setMe',
  markAnswered: 'asyncWork.markAnswered',
  markDone: 'asyncWork.markDone',
  snooze: 'asyncWork.snooze',
  copyLink: 'asyncWork.copyLink',
  toggleActionItem: 'asyncWork.toggleActionItem',
  signInToGithub: 'asyncWork.signInToGithub',
  openOnGithub: 'asyncWork.openOnGithub',
} as const;

/** Context keys for when-clauses in package.json. */
export const CONTEXT = {
  githubSignedIn: 'asyncWork.github.signedIn',
} as const;

/** Workspace-state keys (personal, never written to the repository). */
export const STATE = {
  snoozes: 'asyncWork.snoozes',
  /** The last good GitHub inbox (items only, never a token). */
  githubInbox: 'asyncWork.github.inbox',
} as const;

/** The source of Async Work diagnostics in the Problems panel. */
export const DIAGNOSTIC_SOURCE = 'Async Work';

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];

export const SETTINGS = {
  section: 'asyncWork',
  me: 'me',
  githubEnterpriseUrl: 'github.enterpriseUrl',
  githubScope: 'github.scope',
  githubPollMinutes: 'github.pollMinutes',
} as const;
