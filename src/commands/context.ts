// What every command handler is given.
import type { Questions } from '../questions';
import type { Clock } from '../clock';
import type { FocusMode } from '../focus/focusMode';
import type { GithubService } from '../github/service';
import type { Log } from '../log';
import type { Settings } from '../settings';
import type { Snoozes } from '../requests/snoozes';
import type { RecordStore } from '../workspace/store';
import type { MeTracker } from '../team/meTracker';

/** What the commands work with; built once by the composition root. */
export interface CommandContext {
  store: RecordStore;
  log: Log;
  meTracker: MeTracker;
  snoozes: Snoozes;
  clock: Clock;
  questions: Questions;
  focus: FocusMode;
  github: GithubService;
  settings: Settings;
}

// Handlers receive whatever VS Code passes (tree nodes, URIs); each checks what it uses.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type CommandHandler = (...args: any[]) => unknown;
