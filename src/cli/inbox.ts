// `async-work inbox`: what waits on me on GitHub, with reply clocks (PRODUCT §7). One GraphQL
// request; the token comes from the environment and is never printed.
import { parseArgs } from 'node:util';
import { inboxRows, type InboxRow } from '../core/github/inboxRows';
import { resolveMe } from '../core/team/me';
import { escapeControls } from '../core/common/text';
import { l10n } from '../core/common/l10n';
import { remainingText } from '../core/time/urgency';
import { checkedApiUrl, GITHUB_API_URL, GithubClient, GithubFailure } from '../github/client';
import { loadConfig } from '../node/scan';
import { choice, readNow, type CliIo } from './options';

function table(rows: InboxRow[], now: Date): string {
  if (rows.length === 0) return `${l10n.t('Nothing waits on you on GitHub.')}\n`;
  const cells = rows.map((r) =>
    [r.urgency ?? '', r.replyBy ? remainingText(new Date(r.replyBy), now) : '', r.category, `${r.repo}#${r.number}`, r.title].map(
      escapeControls,
    ),
  );
  const widths = cells[0].slice(0, -1).map((_, i) => Math.max(...cells.map((c) => c[i].length)));
  return cells.map((c) => c.map((v, i) => (i < widths.length ? v.padEnd(widths[i]) : v)).join('  ')).join('\n') + '\n';
}

export async function runInbox(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      format: { type: 'string', default: 'table' },
      repo: { type: 'string', multiple: true, default: [] },
      'api-url': { type: 'string' },
      now: { type: 'string' },
      timeout: { type: 'string', default: '30' },
    },
  });
  const now = readNow(values.now);
  const format = choice('--format', values.format, ['table', 'json'] as const);
  const timeout = Number(values.timeout);
  if (!(timeout > 0)) throw new Error(l10n.t('--timeout "{0}" is not a number of seconds', values.timeout));
  const tokenName = io.env.GITHUB_TOKEN ? 'GITHUB_TOKEN' : 'GH_TOKEN';
  const token = io.env[tokenName];
  if (!token) throw new Error(l10n.t('no GitHub token: set GITHUB_TOKEN or GH_TOKEN'));
  const baseUrl = checkedApiUrl(values['api-url'] || io.env.GITHUB_API_URL || GITHUB_API_URL);
  // The team configuration of the current folder gives the reply-within, the schedules and the request label.
  const { config } = loadConfig(process.cwd());
  const client = new GithubClient({ baseUrl, token, timeoutMs: timeout * 1000, retries: 0 });
  const inbox = await client.inbox({ repos: values.repo, requestLabel: config.requestLabel }).catch((e: unknown) => {
    if (e instanceof GithubFailure && e.kind === 'unauthorized')
      throw new Error(l10n.t('{0}; check the token in {1}', e.message, tokenName));
    throw e;
  });
  const me = resolveMe({ githubLogin: inbox.login }, config.team)?.handle ?? inbox.login;
  const rows = inboxRows(inbox.items, config, me, now);
  io.out(format === 'json' ? JSON.stringify(rows, null, 2) + '\n' : table(rows, now));
  return 0;
}
