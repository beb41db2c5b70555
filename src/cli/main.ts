// Dispatches `async-work <command>`; each command lives in its own module and returns an exit code.
import { runCheck } from './check';
import { runInbox } from './inbox';
import { runList } from './list';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: Record<string, string | undefined>;
}

export type CliCommand = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, { run: CliCommand; summary: string }> = {
  list: {
    run: runList,
    summary: 'list [PATH] [--type request|decision|meeting|action] [--status S] [--format table|json|markdown] [--now ISO]',
  },
  check: { run: runCheck, summary: 'check [PATH] [--format text|json|github] [--now ISO]   (exit code 1 when there are errors)' },
  inbox: {
    run: runInbox,
    summary:
      'inbox [--format table|json] [--repo OWNER/NAME]... [--api-url URL] [--timeout SECONDS] [--now ISO]   (token: GITHUB_TOKEN or GH_TOKEN)',
  },
};

export function usage(): string {
  return ['Usage: async-work <command> [options]', '', ...Object.values(COMMANDS).map((c) => `  async-work ${c.summary}`), ''].join('\n');
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`async-work: unknown command "${name}"\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    // One line, never a stack trace.
    const message = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    io.err(`async-work ${name}: ${message}\n`);
    return 2;
  }
}

/** `--now ISO` pins the current time (reproducible output in CI). */
export function readNow(value: string | undefined): Date {
  // The command line's clock: the machine's, unless --now pins it.
  // eslint-disable-next-line no-restricted-syntax
  if (value === undefined) return new Date();
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw new Error(`--now "${value}" is not an ISO date-time`);
  return d;
}

/** An option that takes one of a few values; anything else is a usage error. */
export function choice<T extends string>(option: string, value: string | undefined, allowed: readonly T[]): T {
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(`${option} must be one of ${allowed.join(', ')}`);
}
