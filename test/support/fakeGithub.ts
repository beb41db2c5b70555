// A fake GitHub for the tests and the benchmark: a Node http server on 127.0.0.1 that executes
// GraphQL with the `graphql` package over GitHub's published schema (@octokit/graphql-schema) and
// in-memory data, so every answer has GitHub's shape: the inbox searches, and the user status that
// focus blocks read and change. Faults can be switched on and off.
// Test-only: never bundled into dist/.
import { readFileSync } from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { buildSchema, execute, parse, validate, type DocumentNode, type GraphQLError, type GraphQLSchema } from 'graphql';
import { CHANGE_STATUS_MUTATION, VIEWER_STATUS_QUERY, type GithubStatus } from '../../src/core/github/status';
import { INBOX_QUERY } from '../../src/core/github/inboxQuery';
import { ROOT } from './paths';

export type Fault =
  | 'refused'
  | 'unauthorized'
  | 'secondary-rate-limit'
  | 'too-many-requests'
  | 'server-error'
  | 'stall'
  | 'malformed-json'
  | 'partial-errors';

/** Answers past GitHub's bounds: a body of 100 MB, a retry-after of 30 years, a body that stops half way. */
export type BoundFault = 'oversize-body' | 'huge-retry-after' | 'stalled-body';

export const FAULTS: readonly Fault[] = [
  'refused',
  'unauthorized',
  'secondary-rate-limit',
  'too-many-requests',
  'server-error',
  'stall',
  'malformed-json',
  'partial-errors',
];

export interface FakeEvent {
  type: 'assigned' | 'mentioned' | 'labeled' | 'review-requested';
  at: string;
  /** A login, a team (`org/slug`) for review requests, or a label name. */
  subject: string;
}

export interface FakeItem {
  kind: 'issue' | 'pull-request';
  repo: string;
  number: number;
  title: string;
  author: string;
  createdAt: string;
  open?: boolean;
  draft?: boolean;
  reviewDecision?: 'APPROVED' | 'CHANGES_REQUESTED' | 'REVIEW_REQUIRED' | null;
  assignees?: string[];
  mentions?: string[];
  labels?: string[];
  /** Pending review requests: logins and teams (`org/slug`). */
  reviewRequests?: string[];
  events?: FakeEvent[];
}

export interface FakeData {
  viewer: string;
  token: string;
  /** A token of a session with the `user` scope as well: the only one that may change the status. */
  userToken?: string;
  /** The viewer's status; GitHub stops showing it at its expiresAt. */
  status?: GithubStatus | null;
  /** Teams (`org/slug`) and their members. */
  teams: Record<string, string[]>;
  items: FakeItem[];
}

let schema: GraphQLSchema | undefined;
/** Parsed and validated queries: validating against a schema this large takes most of a request. */
const documents = new Map<string, { document?: DocumentNode; errors: readonly GraphQLError[] }>();

function checkedQuery(source: string): { document?: DocumentNode; errors: readonly GraphQLError[] } {
  let checked = documents.get(source);
  if (!checked) {
    try {
      const document = parse(source);
      const errors = validate(githubSchema(), document);
      checked = errors.length > 0 ? { errors } : { document, errors };
    } catch (e) {
      checked = { errors: [e as GraphQLError] };
    }
    documents.set(source, checked);
  }
  return checked;
}

/** GitHub's published schema, built once per process (it is large). */
function githubSchema(): GraphQLSchema {
  schema ??= buildSchema(readFileSync(path.join(ROOT, 'node_modules/@octokit/graphql-schema/schema.graphql'), 'utf8'), {
    assumeValidSDL: true,
  });
  return schema;
}

const H = 3_600_000;

/** The sample inbox of alice (of the sample team repository), its times counted back from `now`. */
export function sampleInbox(now: Date, token = 'gho_fake_token_for_tests_0123456789'): FakeData {
  const ago = (hours: number) => new Date(now.getTime() - hours * H).toISOString();
  return {
    viewer: 'alice',
    token,
    teams: { 'acme/web': ['alice', 'chen'] },
    items: [
      {
        kind: 'pull-request',
        repo: 'acme/shop',
        number: 101,
        title: 'Add rate limiting to the public API',
        author: 'chen',
        createdAt: ago(40),
        reviewRequests: ['alice'],
        assignees: ['alice'],
        events: [
          { type: 'review-requested', at: ago(30), subject: 'alice' },
          { type: 'assigned', at: ago(29), subject: 'alice' },
        ],
      },
      {
        kind: 'pull-request',
        repo: 'acme/shop',
        number: 102,
        title: 'Move checkout to the new payment client',
        author: 'bruno',
        createdAt: ago(5),
        reviewRequests: ['acme/web'],
        events: [{ type: 'review-requested', at: ago(3), subject: 'acme/web' }],
      },
      {
        kind: 'issue',
        repo: 'acme/shop',
        number: 87,
        title: 'Checkout fails for Swiss addresses',
        author: 'bruno',
        createdAt: ago(50),
        assignees: ['alice'],
        events: [{ type: 'assigned', at: ago(20), subject: 'alice' }],
      },
      {
        kind: 'issue',
        repo: 'acme/shop',
        number: 90,
        title: 'Decide the retention period for logs',
        author: 'chen',
        createdAt: ago(2),
        labels: ['request'],
        events: [{ type: 'labeled', at: ago(1), subject: 'request' }],
      },
      {
        kind: 'issue',
        repo: 'acme/shop',
        number: 93,
        title: 'Flaky login test on Safari',
        author: 'bruno',
        createdAt: ago(8),
        mentions: ['alice'],
        events: [{ type: 'mentioned', at: ago(5), subject: 'alice' }],
      },
      {
        kind: 'pull-request',
        repo: 'acme/shop',
        number: 105,
        title: 'Cache the product list',
        author: 'alice',
        createdAt: ago(28),
        reviewRequests: ['bruno'],
        events: [{ type: 'review-requested', at: ago(26), subject: 'bruno' }],
      },
      // Not waiting on anyone: approved, closed, or in a repository outside the workspace.
      {
        kind: 'pull-request',
        repo: 'acme/shop',
        number: 106,
        title: 'Tidy the README',
        author: 'alice',
        createdAt: ago(30),
        reviewDecision: 'APPROVED',
      },
      {
        kind: 'issue',
        repo: 'acme/shop',
        number: 80,
        title: 'Old assigned issue',
        author: 'bruno',
        createdAt: ago(300),
        open: false,
        assignees: ['alice'],
      },
      {
        kind: 'issue',
        repo: 'acme/platform',
        number: 12,
        title: 'Upgrade the build image',
        author: 'chen',
        createdAt: ago(4),
        mentions: ['alice'],
        events: [{ type: 'mentioned', at: ago(2), subject: 'alice' }],
      },
    ],
  };
}

function terms(query: string): string[] {
  return [...query.matchAll(/(-?[\w-]+:(?:"[^"]*"|\S+))|(\S+)/g)].map((m) => m[0]);
}

/** The items a GitHub issue search finds, for the qualifiers the extension sends. */
function search(data: FakeData, query: string): FakeItem[] {
  const me = data.viewer;
  const repos: string[] = [];
  const tests: ((i: FakeItem) => boolean)[] = [];
  const mine = (v: string) => (v === '@me' ? me : v);
  for (const term of terms(query)) {
    const m = /^(-?)([\w-]+):"?([^"]*)"?$/.exec(term);
    if (!m) throw new Error(`fake GitHub: free text in a search is not supported: ${term}`);
    const [, not, key, value] = m;
    const who = mine(value);
    let test: (i: FakeItem) => boolean;
    switch (key) {
      case 'is':
        test = value === 'open' ? (i) => i.open !== false : value === 'pr' ? (i) => i.kind === 'pull-request' : (i) => i.kind === 'issue';
        break;
      case 'archived':
      case 'sort':
        continue;
      case 'repo':
        repos.push(value.toLowerCase());
        continue;
      case 'draft':
        test = (i) => String(i.draft ?? false) === value;
        break;
      case 'review':
        test = (i) =>
          value === 'approved'
            ? i.reviewDecision === 'APPROVED'
            : value === 'none'
              ? !i.reviewDecision
              : i.reviewDecision === 'REVIEW_REQUIRED';
        break;
      case 'review-requested':
        test = (i) => (i.reviewRequests ?? []).some((r) => r === who || (data.teams[r] ?? []).includes(who));
        break;
      case 'user-review-requested':
        test = (i) => (i.reviewRequests ?? []).includes(who);
        break;
      case 'assignee':
        test = (i) => (i.assignees ?? []).includes(who);
        break;
      case 'mentions':
        test = (i) => (i.mentions ?? []).includes(who);
        break;
      case 'author':
        test = (i) => i.author === who;
        break;
      case 'involves':
        test = (i) => i.author === who || (i.assignees ?? []).includes(who) || (i.mentions ?? []).includes(who);
        break;
      case 'label':
        test = (i) => (i.labels ?? []).some((l) => l.toLowerCase() === value.toLowerCase());
        break;
      default:
        throw new Error(`fake GitHub: unsupported search qualifier ${key}`);
    }
    tests.push(not ? (i) => !test(i) : test);
  }
  return data.items.filter((i) => (repos.length === 0 || repos.includes(i.repo.toLowerCase())) && tests.every((t) => t(i)));
}

const EVENT_TYPES: Record<FakeEvent['type'], [string, string]> = {
  assigned: ['AssignedEvent', 'ASSIGNED_EVENT'],
  mentioned: ['MentionedEvent', 'MENTIONED_EVENT'],
  labeled: ['LabeledEvent', 'LABELED_EVENT'],
  'review-requested': ['ReviewRequestedEvent', 'REVIEW_REQUESTED_EVENT'],
};

function reviewer(name: string): object {
  return name.includes('/') ? { __typename: 'Team', combinedSlug: name } : { __typename: 'User', login: name };
}

function eventNode(e: FakeEvent): object {
  const base = { __typename: EVENT_TYPES[e.type][0], id: `E_${e.type}_${e.at}`, createdAt: e.at };
  switch (e.type) {
    case 'assigned':
      return { ...base, assignee: { __typename: 'User', login: e.subject } };
    case 'mentioned':
      return { ...base, actor: { __typename: 'User', login: e.subject } };
    case 'labeled':
      return { ...base, label: { name: e.subject } };
    case 'review-requested':
      return { ...base, requestedReviewer: reviewer(e.subject) };
  }
}

/** GitHub's answer for an organization that enforces SAML; this one repeats the token, so the tests see that it never gets out. */
const SAML = (token: string) =>
  `Resource protected by organization SAML enforcement. You must grant your OAuth token (${token}) access to this organization.`;
const NO_USER_SCOPE =
  "Your token has not been granted the required scopes to execute this query. The 'changeUserStatus' field requires one of the following scopes: ['user'], but your token has only been granted the: ['read:org', 'repo'] scopes. Please modify your token's scopes at: https://github.com/settings/tokens.";
/** The `type` GitHub gives an error beside the data. */
function errorType(message: string): string | undefined {
  return message.startsWith('Resource protected by organization SAML')
    ? 'FORBIDDEN'
    : message === NO_USER_SCOPE
      ? 'INSUFFICIENT_SCOPES'
      : undefined;
}

function statusNode(s: GithubStatus): object {
  return {
    id: `US_${s.message ?? ''}`,
    message: s.message,
    emoji: s.emoji,
    expiresAt: s.expiresAt,
    indicatesLimitedAvailability: s.limitedAvailability,
    organization: s.organizationId ? { id: s.organizationId } : null,
  };
}

/** What changeUserStatus makes of its input: no message and no emoji clears the status. */
function statusFrom(input: Record<string, unknown>): GithubStatus | null {
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
  const status = {
    message: text(input.message),
    emoji: text(input.emoji),
    expiresAt: text(input.expiresAt),
    limitedAvailability: input.limitedAvailability === true,
    organizationId: text(input.organizationId),
  };
  return status.message === null && status.emoji === null ? null : status;
}

/** `brokenFor`: the token of a request whose item fails as under SAML enforcement, else null. */
function itemNode(i: FakeItem, brokenFor: string | null): object {
  const node = {
    __typename: i.kind === 'pull-request' ? 'PullRequest' : 'Issue',
    id: `${i.kind}_${i.repo}_${i.number}`,
    number: i.number,
    url: `https://github.com/${i.repo}/${i.kind === 'pull-request' ? 'pull' : 'issues'}/${i.number}`,
    createdAt: i.createdAt,
    isDraft: i.draft ?? false,
    reviewDecision: i.reviewDecision ?? null,
    repository: { nameWithOwner: i.repo },
    author: { __typename: 'User', login: i.author },
    reviewRequests: ({ first }: { first?: number }) => ({
      totalCount: (i.reviewRequests ?? []).length,
      nodes: (i.reviewRequests ?? []).slice(0, first ?? 100).map((r) => ({ requestedReviewer: reviewer(r) })),
    }),
    timelineItems: ({ last, itemTypes }: { last?: number; itemTypes?: string[] }) => {
      const events = (i.events ?? [])
        .filter((e) => !itemTypes || itemTypes.includes(EVENT_TYPES[e.type][1]))
        .sort((a, b) => a.at.localeCompare(b.at));
      return { nodes: events.slice(-(last ?? 100)).map(eventNode) };
    },
  };
  // A field that fails makes GitHub null the whole item and report the error beside the data.
  return brokenFor !== null
    ? {
        ...node,
        title: () => {
          throw new Error(SAML(brokenFor));
        },
      }
    : { ...node, title: i.title };
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export class FakeGithub {
  /** Every HTTP request received, faulty or not. */
  requests = 0;
  /** The variables of every GraphQL query received. */
  readonly queries: Record<string, unknown>[] = [];
  /** The operation name of every GraphQL document received (`AsyncWorkInbox`, `AsyncWorkChangeStatus`…). */
  readonly operations: string[] = [];
  /** GitHub's clock, which decides when a status has expired; tests pin it with the extension's. */
  // Tests that look at GitHub's clock pin it.
  // eslint-disable-next-line no-restricted-syntax
  now: () => Date = () => new Date();
  /** How long the `stall` fault holds a request before answering. */
  stallMs = 30_000;
  private fault: Fault | BoundFault | null = null;
  private readonly server: http.Server;
  private readonly stalls = new Set<ReturnType<typeof setTimeout>>();
  private port = 0;
  private remaining = 5000;

  private constructor(public data: FakeData) {
    this.server = http.createServer((req, res) => void this.handle(req, res));
  }

  /** Starts the fake on 127.0.0.1 (a free port unless `port` is given). */
  static async start(data: FakeData, port = 0): Promise<FakeGithub> {
    const fake = new FakeGithub(data);
    // The extension's query is checked now, not in the first request: against a schema this large
    // that takes long enough to trip the short time limits of the tests on a busy machine.
    for (const query of [INBOX_QUERY, VIEWER_STATUS_QUERY, CHANGE_STATUS_MUTATION]) checkedQuery(query);
    await fake.listen(port);
    return fake;
  }

  /** The base URL a client points at, as for api.github.com. */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Switches a fault on (null switches it off). `refused` closes the port; clearing it opens the same port again. */
  async setFault(fault: Fault | BoundFault | null): Promise<void> {
    const was = this.fault;
    this.fault = fault;
    if (fault === 'refused' && was !== 'refused') await this.stop();
    if (was === 'refused' && fault !== 'refused') await this.listen(this.port);
  }

  async close(): Promise<void> {
    await this.stop();
  }

  private listen(port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => {
        this.server.off('error', reject);
        this.port = (this.server.address() as AddressInfo).port;
        resolve();
      });
    });
  }

  private stop(): Promise<void> {
    for (const t of this.stalls) clearTimeout(t);
    this.stalls.clear();
    if (!this.server.listening) return Promise.resolve();
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private send(res: http.ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(body);
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // A browser (the web worker host) asks first, as it asks api.github.com, which allows any origin.
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('access-control-expose-headers', '*');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'access-control-allow-methods': 'GET, POST',
        'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '',
      });
      return void res.end();
    }
    this.requests++;
    const body = await readBody(req);
    const docs = { documentation_url: 'https://docs.github.com/graphql' };
    switch (this.fault) {
      case 'unauthorized':
        return this.send(res, 401, JSON.stringify({ message: 'Bad credentials', ...docs, status: '401' }));
      case 'secondary-rate-limit':
        return this.send(
          res,
          403,
          JSON.stringify({ message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', ...docs }),
          { 'retry-after': '60' },
        );
      case 'too-many-requests':
        return this.send(res, 429, JSON.stringify({ message: 'Too Many Requests', ...docs }), { 'retry-after': '30' });
      case 'server-error':
        return this.send(res, 500, JSON.stringify({ message: 'Server Error' }));
      case 'malformed-json':
        return this.send(res, 200, '{"data": {"viewer": {"login": "alice"}, "reviewRequested": {"issueCount": 1, "nodes": [{"__typ');
      case 'huge-retry-after':
        return this.send(res, 429, JSON.stringify({ message: 'Too Many Requests', ...docs }), { 'retry-after': String(30 * 365 * 86_400) });
      case 'oversize-body':
        return this.stream(res, 100 * 1024 * 1024);
      case 'stalled-body':
        return this.stream(res, 1024);
      case 'stall': {
        const timer = setTimeout(() => {
          this.stalls.delete(timer);
          void this.answer(req, res, body);
        }, this.stallMs);
        this.stalls.add(timer);
        return;
      }
    }
    return this.answer(req, res, body);
  }

  /** `bytes` of one JSON string in 1 MB chunks, as fast as the client reads them; then the answer stalls until the fake closes. */
  private stream(res: http.ServerResponse, bytes: number): void {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    res.write('{"data": {"viewer": {"login": "');
    const chunk = 'a'.repeat(Math.min(bytes, 1024 * 1024));
    let sent = 0;
    const more = (): void => {
      while (sent < bytes && !res.destroyed) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', more);
      }
    };
    more();
  }

  private visibleStatus(): object | null {
    const s = this.data.status;
    return s && (s.expiresAt === null || this.now() < new Date(s.expiresAt)) ? statusNode(s) : null;
  }

  private async answer(req: http.IncomingMessage, res: http.ServerResponse, body: string): Promise<void> {
    if (req.method !== 'POST' || !/^\/(api\/)?graphql$/.test(req.url ?? ''))
      return this.send(res, 404, JSON.stringify({ message: 'Not Found' }));
    const auth = req.headers.authorization ?? '';
    const tokenOf = (t: string | undefined) => t !== undefined && (auth === `token ${t}` || auth === `bearer ${t}`);
    const userScope = tokenOf(this.data.userToken);
    if (!tokenOf(this.data.token) && !userScope) {
      return this.send(res, 401, JSON.stringify({ message: 'Bad credentials', documentation_url: 'https://docs.github.com/graphql' }));
    }
    let request: { query?: string; variables?: Record<string, unknown> };
    try {
      request = JSON.parse(body) as typeof request;
    } catch {
      return this.send(res, 400, JSON.stringify({ message: 'Problems parsing JSON' }));
    }
    this.queries.push(request.variables ?? {});
    this.operations.push(/^\s*(?:query|mutation)\s+(\w+)/.exec(request.query ?? '')?.[1] ?? '');
    this.remaining = Math.max(0, this.remaining - 1);
    let broken = this.fault === 'partial-errors';
    const root = {
      viewer: () => ({ login: this.data.viewer, status: () => this.visibleStatus() }),
      changeUserStatus: ({ input }: { input: Record<string, unknown> }) => {
        if (!userScope) throw new Error(NO_USER_SCOPE);
        this.data.status = statusFrom(input);
        return { status: this.visibleStatus() };
      },
      search: ({ query, first }: { query: string; first?: number }) => {
        const found = search(this.data, query);
        return {
          issueCount: found.length,
          nodes: found.slice(0, first ?? 10).map((i) => {
            const node = itemNode(i, broken ? (userScope ? this.data.userToken! : this.data.token) : null);
            broken = false;
            return node;
          }),
        };
      },
      rateLimit: () => ({
        limit: 5000,
        remaining: this.remaining,
        cost: 1,
        used: 5000 - this.remaining,
        nodeCount: 1,
        resetAt: new Date(this.now().getTime() + H).toISOString(),
      }),
    };
    const { document, errors: invalid } = checkedQuery(request.query ?? '');
    const result = document
      ? await execute({ schema: githubSchema(), document, rootValue: root, variableValues: request.variables })
      : { errors: invalid };
    const errors = result.errors?.map((e) => ({ type: errorType(e.message), ...e.toJSON() }));
    this.send(res, 200, JSON.stringify(errors ? { ...result, errors } : result), {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(this.remaining),
      'x-ratelimit-resource': 'graphql',
    });
  }
}
