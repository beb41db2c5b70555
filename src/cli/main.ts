// Dispatches `async-work <command>`; each command lives in its own module and returns an exit code.
// The language is set here, once per run, before any command says a word.
import { l10n, useLanguage } from '../core/common/l10n';
import { runCheck } from './check';
import { runInbox } from './inbox';
import { BUNDLES, cliLanguage } from './language';
import { runList } from './list';
import type { CliIo } from './options';

export type CliCommand = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, { run: CliCommand; summary: () => string }> = {
  list: {
    run: runList,
    summary: () => 'list [PATH] [--type request|decision|meeting|action|page] [--status S] [--format table|json|markdown] [--now ISO]',
  },
  check: {
    run: runCheck,
    summary: () => `check [PATH] [--format text|json|github|sarif] [--now ISO]   (${l10n.t('exit code 1 when there are errors')})`,
  },
  inbox: {
    run: runInbox,
    summary: () =>
      `inbox [--format table|json] [--repo OWNER/NAME]... [--api-url URL] [--timeout SECONDS] [--now ISO]   (${l10n.t('token: GITHUB_TOKEN or GH_TOKEN')})`,
  },
};

export function usage(): string {
  const languages = ['en', ...Object.keys(BUNDLES)].join('|');
  return [
    l10n.t('Usage: async-work <command> [options]'),
    '',
    ...Object.values(COMMANDS).map((c) => `  async-work ${c.summary()}`),
    '',
    l10n.t(
      'Every command takes --lang {0}; without it, the language of LC_ALL, LC_MESSAGES or LANG (English when none is known).',
      languages,
    ),
    '',
  ].join('\n');
}

/**
 * `--lang LANG` or `--lang=LANG`, wherever it is written before a `--`, and the other arguments;
 * null when `--lang` names no language.
 */
function takeLang(argv: string[]): { lang: string | undefined; rest: string[] } | null {
  const end = argv.indexOf('--');
  const at = argv.slice(0, end < 0 ? argv.length : end).findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (at < 0) return { lang: undefined, rest: argv };
  const joined = argv[at] !== '--lang';
  const lang = joined ? argv[at].slice('--lang='.length) : argv[at + 1];
  if (!lang || lang.startsWith('-')) return null;
  return { lang, rest: [...argv.slice(0, at), ...argv.slice(at + (joined ? 1 : 2))] };
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const taken = takeLang(argv);
  useLanguage(cliLanguage(taken?.lang, io.env));
  if (!taken) {
    io.err(`${l10n.t('async-work: --lang needs a language, such as --lang fr')}\n`);
    return 2;
  }
  const args = taken.rest;
  const [name, ...rest] = args;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`${l10n.t('async-work: unknown command "{0}"', name)}\n${usage()}`);
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
