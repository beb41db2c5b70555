import * as assert from 'node:assert/strict';
import { escapeControls, MAX_SHOWN_LENGTH, pickText, shownText } from '../../../../src/core/common/text';

/** How VS Code finds links in a notification's message (src/vs/workbench/common/notifications.ts). */
const NOTIFICATION_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/gi;
/** What VS Code shows as an icon in a quick pick: `$(name)` not preceded by a backslash. */
const ICON = /(?<!\\)\$\([\w-]+(?:~[\w-]+)?\)/;

const links = (text: string) => [...text.matchAll(NOTIFICATION_LINK)].length;

describe('text from files and GitHub, as shown', () => {
  it('keeps an ordinary title as it is', () => {
    for (const title of [
      'Use Redis for the session cache',
      'Décider la rétention des logs',
      'Cache [beta] the product list (v2)',
      'Ship it 🚀 👨‍👩‍👧',
    ]) {
      assert.equal(shownText(title), title.replace(/\u200d/g, ''));
    }
  });

  it('makes a Markdown link plain text, so a notification runs no command', () => {
    const hostile = 'Fix [click here](command:workbench.action.terminal.new) and [docs](https://evil.example/x "t")';
    assert.equal(links(hostile), 2);
    const shown = shownText(hostile);
    assert.equal(links(shown), 0);
    assert.equal(shown, 'Fix [click here] (command:workbench.action.terminal.new) and [docs] (https://evil.example/x "t")');
    // A link split by hidden characters or a line break does not come back together.
    assert.equal(links(shownText('[x]\u200b(command:workbench.action.terminal.new)')), 0);
    assert.equal(links(shownText('[x]\n(command:workbench.action.terminal.new)')), 0);
  });

  it('keeps HTML as text on one line', () => {
    const shown = shownText('<a href="command:workbench.action.terminal.new">\nrun</a>');
    assert.equal(shown, '<a href="command:workbench.action.terminal.new"> run</a>');
    assert.equal(links(shown), 0);
  });

  it('puts line breaks on one line and drops control, bidi and zero-width characters', () => {
    assert.equal(shownText('first line\r\nsecond\u2028third\tfourth'), 'first line second third fourth');
    assert.equal(shownText('bell\u0007 escape\u001b[31mred\u001b[0m del\u007f c1\u009b'), 'bell escape[31mred[0m del c1');
    // "invoice_‮fdp.exe" reads as "invoice_exe.pdf" with the right-to-left override.
    assert.equal(shownText('invoice_\u202efdp.exe'), 'invoice_fdp.exe');
    assert.equal(shownText('a\u2066b\u2069c\u200ed\u061ce'), 'abcde');
    assert.equal(shownText('zero\u200bwidth\ufeff\u2060joiners\u200c'), 'zerowidthjoiners');
  });

  it('cuts a long value, never inside a character', () => {
    const long = 'a'.repeat(10_000);
    assert.equal(shownText(long), `${'a'.repeat(MAX_SHOWN_LENGTH - 1)}…`);
    assert.equal(shownText(long, 10), 'aaaaaaaaa…');
    const emoji = 'a'.repeat(8) + '🚀'.repeat(5);
    const cut = shownText(emoji, 10);
    assert.equal(cut, 'aaaaaaaa…');
    assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])/.test(cut), 'no half of a surrogate pair');
    // Only the start of a huge value is looked at, so cleaning it takes no longer than a title.
    assert.equal(shownText('\u200b'.repeat(1_000_000) + 'title'), '');
    const started = process.hrtime.bigint();
    shownText(`${'[x]('.repeat(250_000)}\n`.repeat(4));
    assert.ok(process.hrtime.bigint() - started < 200_000_000n, 'linear');
  });

  it('shows $(name) in a quick pick as text, not as an icon', () => {
    assert.ok(ICON.test('$(check) Verified'));
    const shown = pickText('$(check) Verified [x](command:workbench.action.terminal.new)');
    assert.ok(!ICON.test(shown));
    assert.equal(shown, '\\$(check) Verified [x] (command:workbench.action.terminal.new)');
  });
});

describe('text from files and GitHub, on a terminal', () => {
  it('writes line breaks and control, bidi and zero-width characters as escapes', () => {
    assert.equal(escapeControls('Use Redis'), 'Use Redis');
    assert.equal(escapeControls('a\n::error::x\r\tb'), 'a\\n::error::x\\r\\tb');
    assert.equal(escapeControls('\u001b[2J\u0007\u007f\u009b'), '\\x1b[2J\\x07\\x7f\\x9b');
    assert.equal(escapeControls('invoice_\u202efdp.exe\u200b\u2028'), 'invoice_\\u202efdp.exe\\u200b\\u2028');
    assert.equal(escapeControls('Décider 🚀 [x](command:y)'), 'Décider 🚀 [x](command:y)');
  });
});
