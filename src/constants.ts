// Every id the extension shares with package.json: commands, views, context keys, settings.

export const EXTENSION_ID = 'async-work.async-work';

export const VIEW_CONTAINER = 'asyncWork';

export const VIEWS = {
  requests: 'asyncWork.requests',
  decisions: 'asyncWork.decisions',
  handbook: 'asyncWork.handbook',
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
  newDecision: 'asyncWork.newDecision',
  acceptDecision: 'asyncWork.acceptDecision',
  rejectDecision: 'asyncWork.rejectDecision',
  deprecateDecision: 'asyncWork.deprecateDecision',
  supersedeDecision: 'asyncWork.supersedeDecision',
  extendCommentPeriod: 'asyncWork.extendCommentPeriod',
  startFocus: 'asyncWork.startFocus',
  endFocus: 'asyncWork.endFocus',
  toggleFocus: 'asyncWork.toggleFocus',
  showFocusSummary: 'asyncWork.showFocusSummary',
  signInToGithub: 'asyncWork.signInToGithub',
  openOnGithub: 'asyncWork.openOnGithub',
  newPage: 'asyncWork.newPage',
  markReviewed: 'asyncWork.markReviewed',
  setOwner: 'asyncWork.setOwner',
  showOwner: 'asyncWork.showOwner',
} as const;

/** Context keys for when-clauses. */
export const CONTEXT = {
  /** The context value of the record in the active editor (`record:decision:proposed:open`), or unset. */
  activeRecord: 'asyncWork.activeRecord',
  /** A focus block is running. */
  focusing: 'asyncWork.focusing',
  /** Signed in to GitHub. */
  githubSignedIn: 'asyncWork.github.signedIn',
  /** Who "me" is, is known (from the setting, the GitHub login or the git user). */
  meKnown: 'asyncWork.meKnown',
} as const;

/** The focus mode item (PRODUCT §5). */
export const STATUS_BAR_FOCUS = 'asyncWork.focus';

/** The owner of the file in the active editor. */
export const STATUS_BAR_OWNER = 'asyncWork.owner';

/** Workspace- and global-state keys (personal, never written to the repository). */
export const STATE = {
  snoozes: 'asyncWork.snoozes',
  /** Global: shared by every window. */
  focus: 'asyncWork.focus',
  /** When the reminders last looked at the clock (ISO 8601). */
  remindersCheckedAt: 'asyncWork.reminders.checkedAt',
  /** The last good GitHub inbox (items only, never a token). */
  githubInbox: 'asyncWork.github.inbox',
} as const;

/** The source of Async Work diagnostics in the Problems panel. */
export const DIAGNOSTIC_SOURCE = 'Async Work';

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];

export const SETTINGS = {
  section: 'asyncWork',
  me: 'me',
  focusDefaultMinutes: 'focus.defaultMinutes',
  focusSchedule: 'focus.schedule',
  focusGithubStatus: 'focus.githubStatus',
  githubEnterpriseUrl: 'github.enterpriseUrl',
  githubScope: 'github.scope',
  githubPollMinutes: 'github.pollMinutes',
  problemsMaxRecords: 'problems.maxRecords',
} as const;

export type SettingKey = Exclude<(typeof SETTINGS)[keyof typeof SETTINGS], typeof SETTINGS.section>;

/** A setting's full id, as the Settings editor and settings.json show it: `asyncWork.focus.schedule`. */
export function settingId(key: SettingKey): string {
  return `${SETTINGS.section}.${key}`;
}
