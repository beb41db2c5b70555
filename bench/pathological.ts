// Lines that make super-linear regexes and scanners take seconds to minutes: long runs of every
// character Markdown gives a meaning to, alternations of two, each with and without a different
// character at the end, and the reported hangs. Shared by the stress test and `npm run bench`.

/** Characters with a meaning in Markdown, front matter or the fields records write. */
export const SIGNIFICANT = [
  '#',
  '*',
  '_',
  '[',
  ']',
  '(',
  ')',
  '<',
  '>',
  '`',
  '~',
  '-',
  '+',
  '|',
  '!',
  '\\',
  ':',
  '@',
  ' ',
  '\t',
  '{',
  '}',
  '"',
  "'",
  '=',
  '.',
  ',',
  '&',
  '/',
  '?',
];

/** The pairs whose alternations are generated: the characters of links, headings, fields and action items. */
const PAIRED = ['#', '*', '[', ']', '(', ')', '<', '>', '`', '-', ':', '@', ' ', '"', '!', '{'];

export interface PathologicalLine {
  name: string;
  text: string;
}

/**
 * Lines of about `size` characters, one at a time: at the size records are read (512 KB) all of
 * them together would take about 160 MB, and each is needed only while it is checked.
 */
export function* pathologicalLines(size: number): Generator<PathologicalLine> {
  const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  for (const c of SIGNIFICANT) {
    yield { name: `run of ${JSON.stringify(c)}`, text: fill(c) };
    yield { name: `run of ${JSON.stringify(c)}, then x`, text: fill(c) + 'x' };
  }
  for (let i = 0; i < PAIRED.length; i++) {
    for (let j = i + 1; j < PAIRED.length; j++) {
      const unit = PAIRED[i] + PAIRED[j];
      yield { name: `${JSON.stringify(unit)} repeated`, text: fill(unit) };
      yield { name: `${JSON.stringify(unit)} repeated, then x`, text: fill(unit) + 'x' };
    }
  }
  for (const unit of ['](a', '[](a', '- [ ] @a (due ', 'Supersedes ', 'Status: ', '<!--', '# a ', 'a@'])
    yield { name: `${JSON.stringify(unit)} repeated`, text: fill(unit) };
}

/** Where a line is put in a record: plain, as a front-matter value, in a `## Status` section, in an action item, in headings, in a page's owner and review fields. */
export const PLACES: { name: string; wrap: (line: string) => string }[] = [
  { name: 'plain', wrap: (line) => line },
  { name: 'in front matter', wrap: (line) => `---\nstatus: proposed\nk: ${line}\n---\n# T\n` },
  { name: 'in a status section', wrap: (line) => `# T\n\n## Status\n\n${line}\n` },
  { name: 'in an action item and a status line', wrap: (line) => `# T\n\n- [ ] @a ${line}\n* Status: ${line}\n` },
  { name: 'in headings', wrap: (line) => `# ${line}\n## ${line} #\n${line}\n---\n` },
  { name: 'in the fields of a page', wrap: (line) => `---\nowner: ${line}\nlast-reviewed: ${line}\nreview-every: ${line}\n---\n# T\n` },
];
