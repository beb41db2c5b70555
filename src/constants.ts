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
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];

export const SETTINGS = {
  section: 'asyncWork',
  me: 'me',
} as const;
