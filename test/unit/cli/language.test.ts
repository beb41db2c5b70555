// The command line's language: --lang, else LC_ALL, LC_MESSAGES, LANG. French words, English
// problem codes, and JSON for scripts in English whatever the language.
import * as assert from 'node:assert/strict';
import { ENGLISH, useLanguage } from '../../../src/core/common/l10n';
import { runCli } from '../../../src/cli/main';
import { SAMPLE_REPO } from '../../support/helpers';

const NOW = ['--now', '2026-11-25T12:00:00Z'];

async function cli(argv: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (s) => (out += s), err: (s) => (err += s), env: { TZ: 'UTC', ...env } });
  return { code, out, err };
}

const lines = (text: string) => text.trimEnd().split('\n');

describe('the command line in French', () => {
  afterEach(() => useLanguage(ENGLISH));

  it('check --lang fr: French messages and summary, English problem codes and severities, the same exit code', async () => {
    const english = await cli(['check', SAMPLE_REPO, ...NOW]);
    const french = await cli(['check', SAMPLE_REPO, ...NOW, '--lang', 'fr']);
    assert.equal(french.code, 1);
    assert.equal(english.code, 1);
    // The same problems at the same places, under the same codes: only the words after the code differ.
    const where = (text: string) =>
      lines(text)
        .slice(0, -1)
        .map((l) => l.slice(0, l.indexOf(': ', l.indexOf(' ')) + 1));
    assert.deepEqual(where(french.out), where(english.out));
    const vendor = lines(french.out).filter((l) => l.startsWith('docs/requests/2026-11-22-vendor-contract.md'));
    assert.equal(
      vendor[0],
      "docs/requests/2026-11-22-vendor-contract.md:5:1: error multiple-owners: Une responsabilité partagée n'est pas une responsabilité : @bruno et @chen sont tous deux nommés responsables ; gardez-en un.",
    );
    assert.ok(
      lines(french.out).some((l) => / warning overdue: La date de réponse est passée, mar\. 24 nov\. à 09:00 \(en retard de 27 h/.test(l)),
    );
    assert.equal(lines(english.out).at(-1), '20 records and 9 pages checked: 3 errors, 14 warnings, 0 notes.');
    assert.equal(lines(french.out).at(-1), 'Vérification de 20 fiches et 9 pages — erreurs : 3, avertissements : 14, remarques : 0.');
  });

  it('reads the language from LC_ALL, then LC_MESSAGES, then LANG; C, POSIX and unknown languages are English', async () => {
    const french = (await cli(['check', SAMPLE_REPO, ...NOW, '--lang=fr'])).out;
    const english = (await cli(['check', SAMPLE_REPO, ...NOW])).out;
    const run = async (env: Record<string, string>, ...extra: string[]) => (await cli(['check', SAMPLE_REPO, ...NOW, ...extra], env)).out;
    assert.equal(await run({ LANG: 'fr_FR.UTF-8' }), french);
    assert.equal(await run({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'fr_CA.UTF-8' }), french);
    assert.equal(await run({ LANG: 'fr_FR.UTF-8', LC_ALL: 'C' }), english);
    assert.equal(await run({ LANG: 'fr_FR.UTF-8', LC_ALL: '' }), french, 'an empty variable is not set');
    assert.equal(await run({ LANG: 'POSIX' }), english);
    assert.equal(await run({ LANG: 'de_DE.UTF-8' }), english, 'a language without a bundle is English, silently');
    assert.equal(await run({}, '--lang', 'xx'), english);
    // --lang wins over the environment, wherever it is written.
    assert.equal(await run({ LANG: 'fr_FR.UTF-8' }, '--lang', 'en'), english);
    assert.equal((await cli(['--lang', 'fr', 'check', SAMPLE_REPO, ...NOW])).out, french);
  });

  it('refuses a --lang that names no language, and leaves a --lang after -- to the command', async () => {
    for (const args of [
      ['check', '--lang', '--format', 'json', SAMPLE_REPO],
      ['check', SAMPLE_REPO, '--lang'],
      ['check', SAMPLE_REPO, '--lang='],
    ]) {
      const refused = await cli(args);
      assert.equal(refused.code, 2, args.join(' '));
      assert.equal(refused.err, 'async-work: --lang needs a language, such as --lang fr\n');
      assert.equal(refused.out, '');
    }
    // After --, "--lang" is an argument of the command (here the folder to check), not an option.
    const after = await cli(['check', ...NOW, '--', '--lang']);
    assert.equal(after.code, 1);
    assert.match(after.out, /error unreadable: The folder cannot be read as a folder/);
  });

  it('keeps --format json English, messages too, and names the language of a French SARIF log', async () => {
    const json = ['check', SAMPLE_REPO, ...NOW, '--format', 'json'];
    assert.equal((await cli(json, { LANG: 'fr_FR.UTF-8' })).out, (await cli(json)).out);
    const sarif = JSON.parse((await cli(['check', SAMPLE_REPO, ...NOW, '--format', 'sarif', '--lang', 'fr'])).out) as {
      runs: {
        language?: string;
        tool: { driver: { rules: { id: string; shortDescription: { text: string } }[] } };
        results: { ruleId: string; message: { text: string } }[];
      }[];
    };
    const [run] = sarif.runs;
    assert.equal(run.language, 'fr');
    const owners = run.tool.driver.rules.find((r) => r.id === 'multiple-owners')!;
    assert.equal(
      owners.shortDescription.text,
      "Une responsabilité partagée n'est pas une responsabilité : plusieurs responsables sont nommés.",
    );
    assert.ok(
      run.results.some(
        (r) =>
          r.ruleId === 'missing-owner' &&
          r.message.text === "Cette demande n'a pas de responsable ; nommez une seule personne dans « owner ».",
      ),
    );
    const english = JSON.parse((await cli(['check', SAMPLE_REPO, ...NOW, '--format', 'sarif'])).out) as { runs: { language?: string }[] };
    assert.equal(english.runs[0].language, undefined, 'English is what SARIF assumes');
  });

  it('heads the tables and the Markdown index in French, and says why an option is refused', async () => {
    const requests = await cli(['list', SAMPLE_REPO, '--type', 'request', ...NOW], { LANG: 'fr_FR.UTF-8' });
    assert.match(lines(requests.out)[0], /^TYPE\s+#\s+STATUT\s+ÉCHÉANCE\s+TITRE\s+CHEMIN$/);
    // Types and statuses are the values records write: they stay as written.
    assert.match(requests.out, /\nrequest\s+open\s+mar\. 24 nov\. à 09:00 \(en retard de 27 h\)\s+Read access to the staging database\s/);
    const index = await cli(['list', SAMPLE_REPO, '--type', 'decision', '--format', 'markdown', ...NOW, '--lang', 'fr']);
    assert.deepEqual(lines(index.out).slice(0, 3), ['# Registre des décisions', '', '| # | Décision | Statut | Date |']);
    const pages = await cli(['list', SAMPLE_REPO, '--type', 'page', ...NOW, '--lang', 'fr']);
    assert.match(lines(pages.out)[0], /^RESPONSABLE\s+RELUE LE\s+RELECTURE PRÉVUE\s+RELECTURE\s+TITRE\s+CHEMIN$/);
    const refused = await cli(['list', SAMPLE_REPO, '--format', 'xml', '--lang', 'fr']);
    assert.deepEqual(
      [refused.code, refused.err],
      [2, "async-work list: --format doit valoir l'une de ces valeurs : table, json, markdown\n"],
    );
  });

  it('says in its usage how to choose the language', async () => {
    const english = await cli(['help']);
    assert.match(english.out, /--lang en\|fr; without it, the language of LC_ALL, LC_MESSAGES or LANG/);
    const french = await cli(['help', '--lang', 'fr']);
    assert.match(french.out, /^Utilisation : async-work <commande> \[options\]\n/);
    assert.match(french.out, /\(code de sortie 1 en cas d'erreurs\)/);
  });
});
