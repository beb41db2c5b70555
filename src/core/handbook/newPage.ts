// A new handbook page: the team's template (`.async/templates/page.md`) or the built-in one, with
// its owner, and a first review on the day it is written (the author has just checked it).
import { yamlScalar } from '../records/flatYaml';
import { fillTemplate, slugify } from '../records/templates';
import type { TeamConfig } from '../team/config';

export interface NewPage {
  title: string;
  owner: string;
}

const BUILT_IN = `# {{title}}

<!-- What this page is for and who reads it, in a sentence or two. -->

## When to use this

## How

## Who to ask
`;

/** `folder/slug.md`, with -2, -3… when the name is taken. */
export function newPagePath(folder: string, title: string, exists: (path: string) => boolean): string {
  const base = `${folder.replace(/\/+$/, '')}/${slugify(title)}`;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${base}.md` : `${base}-${n}.md`;
    if (!exists(candidate)) return candidate;
  }
}

/** The page's text; `today` is the owner's day (`yyyy-MM-dd`). */
export function newPageText(fields: NewPage, today: string, config: TeamConfig, template: string | null): string {
  const values: Record<string, string> = {
    title: fields.title,
    owner: fields.owner,
    'last-reviewed': today,
    'review-every': config.reviewEvery.raw,
  };
  const body = fillTemplate(template ?? BUILT_IN, values);
  if (body.startsWith('---')) return body;
  const frontMatter = [
    '---',
    `title: ${yamlScalar(fields.title)}`,
    `owner: ${yamlScalar(fields.owner)}`,
    `last-reviewed: ${today}`,
    `review-every: ${yamlScalar(config.reviewEvery.raw)}`,
    '---',
  ].join('\n');
  return `${frontMatter}\n\n${body}`;
}
