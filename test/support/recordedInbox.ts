// GitHub's answer to INBOX_QUERY for alice in acme/shop, with a null item (SAML) and a deleted author.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './paths';

export const recorded = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/github/inbox-response.json'), 'utf8')) as { data: unknown };
