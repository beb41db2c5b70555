// Dispatches `async-work <command>`; each command lives in its own module and returns an exit code.
import { runCheck } from './check';
import { runInbox } from './inbox';
import { runList } from './list';
import type { CliIo } from './options';

export type CliCommand = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, { run: CliCommand; summary: string }> = {
  list: {
    run: runList,
    summary: 'list [PATH] [--type request|decision|meeting|action] [--status S] [--format table|json|markdown] [--now ISO]',
  },
  check: { run: runCheck, summary: 'check [PATH] [--format text|json|github|sarif] [--now ISO]   (exit code 1 when there are errors)' },
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
