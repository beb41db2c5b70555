// The translation bundles: l10n/bundle.l10n.json is what `npm run l10n` extracts from the sources
// today, and every language shipped translates all of it and all of package.nls.json, with the
// same placeholders and links.
//
// French, one word per idea (as in docs/architecture.md's glossary, and as VS Code's own French
// says it): request = demande, decision = décision, meeting = réunion (meeting notes = notes de
// réunion), action item = action, page = page du manuel (handbook = manuel), record = fiche,
// owner = responsable, requester = demandeur, reply-by = date de réponse, reply-within = délai de
// réponse, deadline = date limite, due = échéance, comment window = fenêtre de commentaires,
// comment period = période de commentaires, review (of a page) = relecture, review (on GitHub) =
// revue, problem = problème, completeness = complétude, focus block = bloc de concentration, focus
// mode = mode concentration, reminder = rappel (held: en attente), digest = récapitulatif, handle =
// identifiant, team configuration = configuration de l'équipe, settings = paramètres, snooze =
// reporter, supersede = remplacer, deprecate = rendre obsolète. Keys, values and examples written in
// files stay as written (`owner`, "6 months", "## Status"), as do problem codes.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LOCALES } from '../../src/core/common/languages';
import { BUNDLES } from '../../src/cli/language';
import { ROOT } from '../support/paths';

type Bundle = Record<string, string | { message: string; comment: string[] }>;

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const json = <T>(file: string) => JSON.parse(read(file)) as T;
const message = (v: Bundle[string]) => (typeof v === 'string' ? v : v.message);

const ENGLISH = json<Bundle>('l10n/bundle.l10n.json');
const NLS = json<Record<string, string>>('package.nls.json');
/** The languages shipped: one bundle each beside the English one. */
const LANGUAGES = fs
  .readdirSync(path.join(ROOT, 'l10n'))
  .map((f) => /^bundle\.l10n\.([\w-]+)\.json$/.exec(f)?.[1])
  .filter((l): l is string => l !== undefined);

const placeholders = (text: string) => [...new Set(text.match(/\{\d+\}/g))].sort();
/** What a translation must keep as it is: placeholders, codicons, and the targets of Markdown links (command ids). */
const kept = (text: string) => [...placeholders(text), ...(text.match(/\$\([\w-]+\)/g) ?? []), ...(text.match(/\]\([^)]*\)/g) ?? [])];

/** Keys missing from a translation, keys it has that English does not, and texts that do not keep what they must. */
function differences(english: Record<string, string>, translated: Record<string, string>): string[] {
  return [
    ...Object.keys(english)
      .filter((k) => !(k in translated))
      .map((k) => `missing: ${k}`),
    ...Object.keys(translated)
      .filter((k) => !(k in english))
      .map((k) => `not in English: ${k}`),
    ...Object.keys(english)
      .filter((k) => k in translated && JSON.stringify(kept(english[k])) !== JSON.stringify(kept(translated[k])))
      .map((k) => `placeholders, icons or links differ: ${k} → ${translated[k]}`),
  ];
}

describe('the translation bundles', () => {
  it('l10n/bundle.l10n.json holds every message of the sources, and only those', function () {
    this.timeout(30000);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'async-work-l10n-'));
    try {
      const run = spawnSync(process.execPath, [path.join(ROOT, 'l10n.mjs'), '--out-dir', out], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
      const fresh = fs.readFileSync(path.join(out, 'bundle.l10n.json'), 'utf8');
      const committed = read('l10n/bundle.l10n.json');
      if (fresh !== committed) {
        const [now, then] = [fresh, committed].map((t) => Object.keys(JSON.parse(t) as object));
        const changed = [
          ...now.filter((k) => !then.includes(k)).map((k) => `+ ${k}`),
          ...then.filter((k) => !now.includes(k)).map((k) => `- ${k}`),
        ];
        assert.fail(`l10n/bundle.l10n.json is not current: run \`npm run l10n\` and commit it.\n${changed.slice(0, 20).join('\n')}`);
      }
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it('ships French', () => {
    assert.ok(LANGUAGES.includes('fr'));
  });

  for (const lang of LANGUAGES) {
    it(`${lang}: translates every message of the sources, keeping its placeholders, icons and links`, () => {
      const english = Object.fromEntries(Object.entries(ENGLISH).map(([k, v]) => [k, message(v)]));
      assert.deepEqual(differences(english, json(`l10n/bundle.l10n.${lang}.json`)), []);
    });

    it(`${lang}: translates every text of package.json, keeping its placeholders and command links`, () => {
      assert.ok(fs.existsSync(path.join(ROOT, `package.nls.${lang}.json`)), `package.nls.${lang}.json is missing`);
      assert.deepEqual(differences(NLS, json(`package.nls.${lang}.json`)), []);
    });

    it(`${lang}: names its days and months with a date-fns locale, and the command line carries its bundle`, () => {
      assert.ok(LOCALES[lang], `src/core/common/languages.ts has no date-fns locale for ${lang}`);
      assert.deepEqual(BUNDLES[lang], json(`l10n/bundle.l10n.${lang}.json`), `src/cli/language.ts does not carry the ${lang} bundle`);
    });
  }
});
