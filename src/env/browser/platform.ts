// The browser's web worker host: no disk, no git, no process. Folders are read through
// `workspace.fs`, and "me" comes from the setting or the GitHub sign-in.
import type { Platform } from '../platform';

export const platform: Platform = {
  disk: null,
  git: null,
  // A worker has no setImmediate; a zero timeout lets queued messages run all the same.
  yieldToHost: () => new Promise((resolve) => setTimeout(resolve, 0)),
  env: () => undefined,
};
