import * as assert from 'node:assert/strict';
import { markReviewedInText, setOwnerInText } from '../../../../src/core/handbook/edits';
import { parseRecord } from '../../../../src/core/records/parseRecord';
import { defaultConfig } from '../../../../src/core/team/config';
import type { PageRecord } from '../../../../src/core/records/types';
import { applyEdits } from '../../../support/helpers';

const config = defaultConfig();
const PATH = 'handbook/on-call.md';
const DAY = '2026-12-08';

const markReviewed = (text: string) => applyEdits(text, [markReviewedInText(text, PATH, config, DAY)]);
const setOwner = (text: string, handle: string) => applyEdits(text, [setOwnerInText(text, PATH, config, handle)]);
const read = (text: string) => parseRecord('page', PATH, text, config) as PageRecord;

describe('Mark Reviewed', () => {
  it('replaces the day and nothing else: the comment on its line and the other keys stay', () => {
    const text = [
      '---',
      'title: On call # the rota',
      'owner: chen  # rota lead',
      'last-reviewed: 2026-06-07 # after the incident',
      '',
      '# How often: after each incident too',
      'review-every: 6 months',
      '---',
      '',
      '# On call',
      '',
    ].join('\n');
    const after = markReviewed(text);
    assert.equal(after, text.replace('last-reviewed: 2026-06-07 #', `last-reviewed: ${DAY} #`));
    assert.deepEqual([read(after).lastReviewed, read(after).problems], [DAY, []]);
  });

  it('keeps a quoted day quoted, in the same quotes', () => {
    const double = '---\nowner: chen\nlast-reviewed: "2026-06-07"\n---\n';
    assert.equal(markReviewed(double), `---\nowner: chen\nlast-reviewed: "${DAY}"\n---\n`);
    const single = "---\nowner: chen\nlast-reviewed: '2026-06-07' # q\n---\n";
    assert.equal(markReviewed(single), `---\nowner: chen\nlast-reviewed: '${DAY}' # q\n---\n`);
    assert.equal(read(markReviewed(single)).lastReviewed, DAY);
  });

  it('keeps the line endings of a file written on Windows', () => {
    const text = '---\r\nowner: chen\r\nlast-reviewed: 2026-06-07\r\n---\r\n\r\n# On call\r\n';
    assert.equal(markReviewed(text), text.replace('2026-06-07', DAY));
  });

  it('writes the day under the key a GOV.UK page uses', () => {
    const text = '---\nowner_slack: "#on-call"\nlast_reviewed_on: 2026-06-07\nreview_in: 6 months\n---\n';
    const after = markReviewed(text);
    assert.equal(after, text.replace('last_reviewed_on: 2026-06-07', `last_reviewed_on: ${DAY}`));
    assert.ok(!after.includes('last-reviewed'));
  });

  it('adds last-reviewed at the end of the front matter when the page has none', () => {
    const text = '---\ntitle: On call\nowner: chen\n---\n\n# On call\n';
    assert.equal(markReviewed(text), `---\ntitle: On call\nowner: chen\nlast-reviewed: ${DAY}\n---\n\n# On call\n`);
  });

  it('adds front matter to a page without it, and the page then reads as reviewed', () => {
    const text = '# On call\n\nCarry the pager.\n';
    const after = markReviewed(text);
    assert.equal(after, `---\nlast-reviewed: ${DAY}\n---\n\n# On call\n\nCarry the pager.\n`);
    assert.deepEqual([read(after).title, read(after).lastReviewed], ['On call', DAY]);
  });

  it('replaces a day written on the line below its key', () => {
    const text = '---\nowner: chen\nlast-reviewed:\n  2026-06-07\nreview-every: 1 year\n---\n';
    const after = markReviewed(text);
    assert.deepEqual([read(after).lastReviewed, read(after).reviewEvery.raw, read(after).problems], [DAY, '1 year', []]);
    assert.ok(!after.includes('2026-06-07'), after);
  });
});

describe('Set Owner', () => {
  it('writes owner, and leaves the Slack channel of a GOV.UK page as it is', () => {
    const text = '---\nowner_slack: "#on-call"\nlast_reviewed_on: 2026-06-07\n---\n';
    const after = setOwner(text, 'alice');
    assert.equal(after, '---\nowner_slack: "#on-call"\nlast_reviewed_on: 2026-06-07\nowner: alice\n---\n');
    assert.deepEqual([read(after).owners, read(after).keys.owner], [['alice'], 'owner']);
  });

  it('replaces every owner named by one', () => {
    const text = '---\nowner: [alice, bruno] # shared for now\nlast-reviewed: 2026-06-07\n---\n';
    assert.equal(setOwner(text, 'chen'), '---\nowner: chen # shared for now\nlast-reviewed: 2026-06-07\n---\n');
  });

  it('adds front matter to a page without it', () => {
    const after = setOwner('# On call\n', 'chen');
    assert.equal(after, '---\nowner: chen\n---\n\n# On call\n');
    assert.deepEqual(read(after).owners, ['chen']);
  });
});
