// Decision records from repositories the reader was not tuned on (test/corpus/adr, with their
// sources and licences), each labelled by hand from reading it before the reader ran on it. The
// reader's accuracy on them is printed; the floors are the figures it last reached, so a change to
// the reader that reads fewer of them right fails.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultConfig } from '../../../../src/core/team/config';
import { parseDecision } from '../../../../src/core/decisions/parse';
import { readDocument } from '../../../../src/core/records/document';
import { ROOT } from '../../../support/paths';

const CORPUS = path.join(ROOT, 'test/corpus/adr');

/** Share of records read right, in per cent. When the corpus was made: status 70.1, title 75.9, number 89.1, date 71.8. */
const FLOORS = { status: 89.1, title: 100, number: 99.4, date: 99.4 };

/** The corpus's own files, which are not records. */
const META = new Set(['SOURCES.tsv', 'labels.tsv', 'SET-ASIDE.txt']);

interface Label {
  file: string;
  status: string;
  raw: string;
  title: string;
  number: string;
  date: string;
}

function rows(file: string): Record<string, string>[] {
  const [header, ...lines] = fs
    .readFileSync(path.join(CORPUS, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  const keys = header.split('\t');
  return lines.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [keys[i], v ?? ''])));
}

/** Titles compare as a reader sees them: case, emphasis and white space aside. */
function sameTitle(a: string, b: string): boolean {
  const plain = (s: string) => s.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
  return plain(a) === plain(b);
}

describe('decision records from repositories the reader was not tuned on', () => {
  const sources = new Map(rows('SOURCES.tsv').map((r) => [r.file, r]));
  const labels = rows('labels.tsv') as unknown as Label[];
  const aside = new Set(
    fs
      .readFileSync(path.join(CORPUS, 'SET-ASIDE.txt'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  );

  it('has a source, a licence and a label for every record, from at least ten repositories', () => {
    // Every other file is a record, with or without `.md` (as its repository names it).
    const files = fs
      .readdirSync(CORPUS)
      .filter((f) => !META.has(f))
      .sort();
    assert.deepEqual(labels.map((l) => l.file).sort(), files);
    for (const f of files) assert.ok(sources.get(f)?.licence, `${f}: no licence`);
    assert.ok(new Set([...sources.values()].map((s) => s.repository)).size >= 10);
  });

  it('reads them about as well as when the corpus was made, and prints how well', () => {
    const score = { status: 0, title: 0, number: 0, date: 0 };
    const asideScore = { status: 0, title: 0, number: 0, date: 0, count: 0 };
    const wrong: string[] = [];
    for (const label of labels) {
      const source = sources.get(label.file)!;
      const r = parseDecision(readDocument(fs.readFileSync(path.join(CORPUS, label.file), 'utf8'), source.path), defaultConfig());
      const right = {
        status: r.status === label.status,
        title: sameTitle(r.title, label.title),
        number: String(r.number ?? '') === label.number,
        date: (r.date?.toISOString().slice(0, 10) ?? '') === label.date,
      };
      for (const k of Object.keys(score) as (keyof typeof score)[]) if (right[k]) score[k]++;
      if (!right.status) wrong.push(`${label.file}: ${r.status} ("${r.statusRaw}"), labelled ${label.status} ("${label.raw}")`);
      if (aside.has(source.repository)) {
        asideScore.count++;
        for (const k of Object.keys(score) as (keyof typeof score)[]) if (right[k]) asideScore[k]++;
      }
    }
    const pct = (n: number, of: number) => Math.round((1000 * n) / of) / 10;
    const n = labels.length;
    console.log(
      `      ${n} records: status ${pct(score.status, n)} %, title ${pct(score.title, n)} %, number ${pct(score.number, n)} %, date ${pct(score.date, n)} %`,
    );
    const a = asideScore;
    const tuned = n - a.count;
    console.log(
      `      of which the repositories the rules were written against: status ${pct(score.status - a.status, tuned)} %, title ${pct(score.title - a.title, tuned)} %, number ${pct(score.number - a.number, tuned)} %, date ${pct(score.date - a.date, tuned)} % of ${tuned}`,
    );
    console.log(
      `      of which set aside (${[...aside].join(', ')}): status ${a.status}, title ${a.title}, number ${a.number}, date ${a.date} of ${a.count}`,
    );
    for (const k of Object.keys(FLOORS) as (keyof typeof FLOORS)[]) {
      assert.ok(
        pct(score[k], n) >= FLOORS[k],
        `${k}: ${pct(score[k], n)} % is below ${FLOORS[k]} %\n${k === 'status' ? wrong.join('\n') : ''}`,
      );
    }
  });
});
