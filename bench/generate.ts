// Synthetic decision records for the benchmark: every format, seeded so every run writes the same.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/** A small seeded generator, so every run writes the same records. */
export function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STATUSES = ['Accepted', 'Proposed', 'Rejected', 'Deprecated', 'Draft', '✅ Accepted', 'Superseded by [1. First](0001-first.md)'];
const WORDS = 'use adopt retire choose move keep split merge cache queue stream index shard replicate encrypt deploy monitor'.split(' ');
const BODY = 'We need to decide how the service handles this. The options differ in cost, risk and the work they ask of other teams.\n\n';

export function decisionText(n: number, format: number, rnd: () => number): { name: string; text: string } {
  const title = `${WORDS[Math.floor(rnd() * WORDS.length)]} ${WORDS[Math.floor(rnd() * WORDS.length)]} ${n}`;
  const status = STATUSES[Math.floor(rnd() * STATUSES.length)];
  const day = `2026-${String(1 + Math.floor(rnd() * 11)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
  const name = `${String(n).padStart(4, '0')}-${title.replace(/\s+/g, '-')}.md`;
  const sections = `## Context\n\n${BODY.repeat(3)}## Decision\n\n${BODY}## Consequences\n\n${BODY}`;
  switch (format) {
    case 0:
      return { name, text: `# ${n}. ${title}\n\nDate: ${day}\n\n## Status\n\n${status}\n\n${sections}` };
    case 1:
      return { name, text: `# ${title}\n\n* Status: ${status.toLowerCase()}\n* Deciders: alice, bruno\n* Date: ${day}\n\n${sections}` };
    case 2:
      return {
        name,
        text: `---\nstatus: ${status.replace(/\[.*$/, '').trim().toLowerCase()}\ndate: ${day}\ndecision-makers: [alice, chen]\n---\n\n# ${title}\n\n${sections}`,
      };
    default:
      return { name, text: `# ${title}\n\n- Status: ${status.toLowerCase()}\n- Date: ${day}\n\n${sections}` };
  }
}

/** `folders` decision folders of `perFolder` records each, the formats mixed, below `root`. */
export function generate(root: string, folders: number, perFolder: number, seed = 1): void {
  const rnd = random(seed);
  for (let f = 0; f < folders; f++) {
    const dir = path.join(root, 'services', `s${String(f).padStart(2, '0')}`, 'docs', 'adr');
    mkdirSync(dir, { recursive: true });
    for (let n = 1; n <= perFolder; n++) {
      const { name, text } = decisionText(n, (f + n) % 4, rnd);
      writeFileSync(path.join(dir, name), text);
    }
  }
}

/**
 * `count` handbook pages below `root/handbook`, in folders of 100, owned in the front matter or
 * through a CODEOWNERS of one line per folder (every tenth folder shared, every seventh unowned).
 */
export function generatePages(root: string, count: number, seed = 2): void {
  const rnd = random(seed);
  const owners = ['alice', 'bruno', 'chen', 'dana', 'emeka'];
  const lines = ['* @platform/owners'];
  for (let n = 0; n < count; n++) {
    const folder = `area-${String(Math.floor(n / 100)).padStart(2, '0')}`;
    const dir = path.join(root, 'handbook', folder);
    if (n % 100 === 0) {
      mkdirSync(dir, { recursive: true });
      const f = n / 100;
      lines.push(`/handbook/${folder}/ ${f % 7 === 0 ? '' : f % 10 === 0 ? '@alice @bruno' : `@${owners[f % owners.length]}`}`.trimEnd());
    }
    const reviewed =
      rnd() < 0.1
        ? ''
        : `last-reviewed: 2026-${String(1 + Math.floor(rnd() * 11)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}\n`;
    const owner = rnd() < 0.5 ? `owner: ${owners[Math.floor(rnd() * owners.length)]}\n` : '';
    const text = `---\ntitle: How we ${WORDS[n % WORDS.length]} ${n}\n${owner}${reviewed}---\n\n# How we ${WORDS[n % WORDS.length]} ${n}\n\n${BODY.repeat(4)}## Steps\n\n1. First.\n2. Then [the runbook](../area-00/page-0000.md).\n`;
    writeFileSync(path.join(dir, `page-${String(n).padStart(4, '0')}.md`), text);
  }
  mkdirSync(path.join(root, '.github'), { recursive: true });
  writeFileSync(path.join(root, '.github', 'CODEOWNERS'), lines.join('\n') + '\n');
}
