// The desktop extension host: Node's fs for local folders, git, the process environment.
import { git, remoteUrls } from '../../node/git';
import { existsInside, insideRoot, leadsOutside, nodeSource } from '../../node/scan';
import type { Platform } from '../platform';

export const platform: Platform = {
  disk: { source: nodeSource, leadsOutside, insideRoot, existsInside },
  git: { run: git, remoteUrls },
  yieldToHost: () => new Promise((resolve) => setImmediate(resolve)),
  env: (name) => process.env[name],
};
