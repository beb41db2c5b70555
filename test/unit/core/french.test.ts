// The core in French, with the bundle the extension and the command line ship: group labels,
// reply clocks, dates, problem messages and the digest. The English of the same texts is proved by
// each domain's own tests; problem codes stay English whatever the language.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkOutcome, checkRecord, completenessText } from '../../../src/core/checks/checkRecord';
import { ENGLISH, useLanguage, type L10nBundle } from '../../../src/core/common/l10n';
import { languageFor } from '../../../src/core/common/languages';
import { decisionDescription, groupDecisions } from '../../../src/core/decisions/groups';
import { focusStatus, focusSummary, emptyFocusState, startBlock } from '../../../src/core/focus/block';
import { groupPages, lensText } from '../../../src/core/handbook/groups';
import { dayLabel, reviewText } from '../../../src/core/handbook/review';
import { readDocument } from '../../../src/core/records/document';
import { digestText, type HeldReminder } from '../../../src/core/reminders/held';
import { recordReminders } from '../../../src/core/reminders/reminders';
import { dueText } from '../../../src/core/requests/due';
import { groupRequests } from '../../../src/core/requests/groups';
import { parseRequest } from '../../../src/core/requests/request';
import { parseConfig } from '../../../src/core/team/config';
import { humanDay, humanTime, humanTimeFor } from '../../../src/core/time/humanTime';
import { remainingText, spanText } from '../../../src/core/time/urgency';
import { scan } from '../../../src/node/scan';
import { loadFolder } from '../../support/checks';
import { CHECKS_REPO, SAMPLE_NOW, SAMPLE_REPO } from '../../support/helpers';
import { ROOT } from '../../support/paths';

const FRENCH = languageFor('fr', JSON.parse(readFileSync(path.join(ROOT, 'l10n/bundle.l10n.fr.json'), 'utf8')) as L10nBundle);
const d = (iso: string) => new Date(iso);

describe('the core in French', () => {
  beforeEach(() => useLanguage(FRENCH));
  afterEach(() => useLanguage(ENGLISH));

  it('writes spans and reply clocks the French way', () => {
    assert.deepEqual([spanText(45), spanText(3 * 60 + 10), spanText(3 * 24 * 60)], ['45 min', '3 h', '3 j']);
    assert.equal(remainingText(d('2026-11-25T15:40:00Z'), SAMPLE_NOW), 'réponse dans 3 h');
    assert.equal(remainingText(d('2026-11-25T12:20:00Z'), SAMPLE_NOW, 'due'), 'échéance dans 20 min');
    assert.equal(remainingText(d('2026-11-23T10:00:00Z'), SAMPLE_NOW), 'en retard de 2 j');
  });

  it("names days and months with date-fns' French locale, the time after « à »", () => {
    assert.equal(humanDay(d('2026-12-08T10:40:00Z'), 'UTC', SAMPLE_NOW), 'mar. 8 déc.');
    assert.equal(humanTime(d('2026-12-08T10:40:00Z'), 'UTC', SAMPLE_NOW), 'mar. 8 déc. à 10:40');
    // Another year is written, as in English.
    assert.equal(humanDay(d('2027-01-13T10:00:00Z'), 'UTC', SAMPLE_NOW), 'mer. 13 janv. 2027');
    assert.equal(dayLabel('2026-04-20'), '20 avr. 2026');
    assert.equal(
      humanTimeFor(d('2026-12-08T10:40:00Z'), 'UTC', 'Asia/Tokyo', SAMPLE_NOW),
      'mar. 8 déc. à 10:40 (mar. 8 déc. à 19:40, fuseau Asia/Tokyo)',
    );
    assert.equal(dueText(d('2026-11-24T09:00:00Z'), SAMPLE_NOW, 'Europe/Paris', null), 'mar. 24 nov. à 10:00 (en retard de 27 h)');
  });

  it('labels the groups of the three views, and their rows', async () => {
    const { index, config } = await scan(SAMPLE_REPO);
    const records = index.records();
    const requests = groupRequests(
      records.map((record) => ({ ref: record.path, key: record.path, record, config: config.config })),
      { me: 'alice', now: SAMPLE_NOW, snoozed: new Map() },
    );
    assert.deepEqual(
      requests.map((g) => g.label),
      [
        'En retard',
        'À moi de répondre',
        'En attente des autres',
        'Mes actions',
        'GitHub',
        'Réunions à venir',
        'Équipe',
        'Fermées récemment',
      ],
    );
    const rows = (id: string) => requests.find((g) => g.id === id)!.rows.map((r) => `${r.label} | ${r.description}`);
    assert.deepEqual(rows('waiting-on-others'), ['On-call rota for the holidays | réponse dans 3 h · en attente de @bruno']);
    assert.deepEqual(rows('my-action-items'), [
      'Collect comments on trunk-based development | échéance dans 2 j · Sprint planning, week 49',
    ]);
    assert.deepEqual(rows('upcoming-meetings'), [
      'Sprint planning, week 49 | jeu. 26 nov. à 16:00 · lecture préalable attendue le mer. 25 nov. à 16:00',
    ]);

    const decisions = groupDecisions(
      records.flatMap((r) => (r.type === 'decision' ? [{ ref: r.path, record: r, config: config.config }] : [])),
      SAMPLE_NOW,
    );
    assert.deepEqual(
      decisions.map((g) => g.label),
      ['Ouvertes aux commentaires', 'À décider', 'Brouillons', 'Acceptées', 'Rejetées', 'Remplacées', 'Obsolètes', 'Statut inconnu'],
    );
    const open = decisions.find((g) => g.id === 'open-for-comments')!.rows[0];
    assert.equal(decisionDescription(open, SAMPLE_NOW), '#6 · se ferme dans 2 j · @alice · docs/adr');

    const pages = groupPages(
      records.flatMap((r) => (r.type === 'page' ? [{ ref: r.path, record: r, config: config.config, codeowners: null }] : [])),
      { me: 'alice', now: SAMPLE_NOW },
    );
    assert.deepEqual(
      pages.map((g) => g.label),
      ['Mes pages à relire', 'Sans responsable', 'En retard', 'Toutes les pages'],
    );
    // Pages without an owner are grouped last, under the French words.
    const all = pages.find((g) => g.id === 'all')!;
    assert.equal(all.owners[all.owners.length - 1].label, 'Aucun responsable');
    const onboarding = all.rows.find((r) => r.record.path === 'handbook/onboarding.md')!;
    assert.equal(reviewText(onboarding.review), 'relecture en retard de 36 jours');
    assert.match(lensText(onboarding), /^@alice est responsable de cette page · relue le 20 avr\. 2026 · relecture en retard de 36 jours$/);
  });

  it('words problems in French and keeps their codes', async () => {
    const { records, ctx } = await loadFolder(CHECKS_REPO);
    const problems = (p: string) =>
      checkRecord(
        records.find((r) => r.path === p)!,
        ctx,
      ).map((x) => [x.code, x.message]);
    assert.deepEqual(problems('docs/requests/missing-section.md'), [
      ['missing-section', 'La section « The ask » est manquante.'],
      ['missing-section', 'La section « Definition of done » est manquante.'],
    ]);
    assert.equal(
      completenessText(
        checkOutcome(
          records.find((r) => r.path === 'docs/requests/missing-section.md')!,
          ctx,
        ),
      ),
      '8/10 vérifications réussies (80 %) — en échec : section « The ask », section « Definition of done »',
    );
    const config = parseConfig('team:\n  - handle: alice\n').config;
    const r = parseRequest(readDocument('---\ntitle: X\nstatus: pending\n---\n', 'docs/requests/x.md'), config);
    assert.deepEqual(
      r.problems.map((p) => [p.code, p.message]),
      [
        [
          'unknown-status',
          "Statut de demande inconnu « pending » (lu comme open) ; utilisez l'un de ceux-ci : open, answered, done, declined, withdrawn.",
        ],
      ],
    );
    const owner = checkRecord(r, { ...ctx, config }).find((p) => p.code === 'missing-owner')!;
    assert.equal(owner.message, "Cette demande n'a pas de responsable ; nommez une seule personne dans « owner ».");
    assert.deepEqual(
      owner.fixes?.map((f) => f.title),
      ['Nommer @alice responsable (UTC)'],
    );
  });

  it('says the reminders and the digest in French', () => {
    const config = parseConfig('').config;
    const request = parseRequest(
      readDocument('---\ntitle: Budget\nowner: alice\nstatus: open\nreply-by: 2026-11-25T11:00:00Z\n---\n', 'docs/requests/b.md'),
      config,
    );
    assert.deepEqual(
      recordReminders([{ key: 'b', record: request }], 'alice', d('2026-11-25T10:00:00Z'), SAMPLE_NOW).map((x) => x.message),
      ['Réponse en retard : « Budget » attendait votre réponse.'],
    );
    const held = (kind: HeldReminder['kind'], key: string): HeldReminder => ({ kind, key, message: '', at: SAMPLE_NOW.toISOString() });
    assert.equal(
      digestText([held('review-request', 'pr/1'), held('review-request', 'pr/2'), held('decision-window-closed', 'adr/7')]),
      'Pendant votre concentration : 2 demandes de revue, 1 fenêtre de commentaires fermée.',
    );
    const focusing = startBlock({ ...emptyFocusState(), held: [held('request-overdue', 'b')] }, SAMPLE_NOW, d('2026-11-25T13:30:00Z'));
    const status = focusStatus(focusing, SAMPLE_NOW, 'UTC', 50);
    assert.equal(status.text, '$(bell-slash) 1 h 30 min');
    assert.equal(status.label, 'Bloc de concentration, encore 1 h 30 min');
    assert.equal(
      focusSummary(focusing, SAMPLE_NOW, 'UTC'),
      "Concentration aujourd'hui : 0 min. Le bloc de concentration dure jusqu'au mer. 25 nov. à 13:30 ; 1 rappel en attente (1 demande en retard).",
    );
  });
});
