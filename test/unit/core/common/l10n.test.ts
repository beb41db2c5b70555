import * as assert from 'node:assert/strict';
import { fr } from 'date-fns/locale/fr';
import { currentLanguage, ENGLISH, l10n, useLanguage, type Language } from '../../../../src/core/common/l10n';
import { languageCode, languageFor } from '../../../../src/core/common/languages';
import { monthName, weekdayName } from '../../../../src/core/time/calendarNames';

const pretend: Language = {
  code: 'xx',
  bundle: {
    'Hello {0}': 'Salut {0}',
    'Two {0} and {1}': '{1} puis {0}',
    '{0} {1}/a day and a month': '{1} {0}',
  },
  locale: null,
};

describe('the translation seam', () => {
  afterEach(() => useLanguage(ENGLISH));

  it('is English until a host sets a language, and formats {0} as vscode.l10n.t does', () => {
    assert.equal(currentLanguage(), ENGLISH);
    assert.equal(l10n.t('Hello {0}', 'Ada'), 'Hello Ada');
    assert.equal(l10n.t('{1} of {0}, {1} again', 3, 'x'), 'x of 3, x again');
    // Numbers and false are written; a placeholder without its argument, or not a number, stays.
    assert.equal(l10n.t('{0} {1} {2}', 0, false), '0 false {2}');
    assert.equal(l10n.t('{name} and {0}', 'a'), '{name} and a');
    // Without arguments the message is returned as written, braces and all.
    assert.equal(l10n.t('Set {0} later'), 'Set {0} later');
  });

  it('looks the English message up in the bundle, and falls back to it when the bundle lacks it', () => {
    useLanguage(pretend);
    assert.equal(l10n.t('Hello {0}', 'Ada'), 'Salut Ada');
    assert.equal(l10n.t('Two {0} and {1}', 'a', 'b'), 'b puis a');
    assert.equal(l10n.t('Not translated {0}', 1), 'Not translated 1');
  });

  it('keys a message with a comment as message/comment, as VS Code does', () => {
    useLanguage(pretend);
    assert.equal(l10n.t({ message: '{0} {1}', args: ['8', 'Dec'], comment: ['a day and a month'] }), 'Dec 8');
    assert.equal(l10n.t({ message: '{0} {1}', args: ['8', 'Dec'], comment: 'another use' }), '8 Dec');
    useLanguage(ENGLISH);
    assert.equal(l10n.t({ message: '{0} {1}', args: ['8', 'Dec'], comment: ['a day and a month'] }), '8 Dec');
  });
});

describe('languages', () => {
  afterEach(() => useLanguage(ENGLISH));

  it('reads the language of a tag as VS Code or a POSIX locale writes it', () => {
    assert.deepEqual(
      ['fr', 'fr-CA', 'FR', 'fr_FR.UTF-8', 'fr_FR@euro', 'en_GB.UTF-8', 'C', 'POSIX', 'C.UTF-8', 'zh-cn'].map(languageCode),
      ['fr', 'fr', 'fr', 'fr', 'fr', 'en', 'en', 'en', 'en', 'zh'],
    );
  });

  it('is English without a bundle or for English, else the bundle with the locale of its language', () => {
    const bundle = { Overdue: 'En retard' };
    assert.equal(languageFor('fr', undefined), ENGLISH);
    assert.equal(languageFor('en', bundle), ENGLISH);
    assert.deepEqual(languageFor('fr-CA', bundle), { code: 'fr', bundle, locale: fr });
    // A bundle of a language date-fns is not asked for: its messages, English names of days.
    assert.deepEqual(languageFor('xx', bundle), { code: 'xx', bundle, locale: null });
  });

  it('names weekdays and months in the language', () => {
    assert.deepEqual([weekdayName(0), weekdayName(3), monthName(0), monthName(11)], ['Sun', 'Wed', 'Jan', 'Dec']);
    useLanguage(languageFor('fr', {}));
    // An empty bundle is still French: names come from the locale.
    assert.deepEqual([weekdayName(0), weekdayName(3), monthName(0), monthName(11)], ['dim.', 'mer.', 'janv.', 'déc.']);
  });
});
