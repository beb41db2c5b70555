// The command table: every command the extension contributes, by the id package.json uses.
import { COMMANDS, type CommandId } from './constants';
import type { Log } from './log';
import type { RecordStore } from './workspace/store';

/** What the commands work with; built once by the composition root. */
export interface CommandContext {
  store: RecordStore;
  log: Log;
}

// Handlers receive whatever VS Code passes (tree nodes, URIs); each checks what it uses.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type CommandHandler = (...args: any[]) => unknown;

export function createCommands(ctx: CommandContext): Record<CommandId, CommandHandler> {
  return {
    [COMMANDS.refresh]: () => ctx.store.refresh(),
    [COMMANDS.showLog]: () => ctx.log.show(),
  };
}
