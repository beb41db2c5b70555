// The command line's language: `--lang`, else the environment as POSIX programs read it (LC_ALL,
// then LC_MESSAGES, then LANG: `fr_FR.UTF-8` is French). A language without a bundle here is
// English. The bundles are built into dist/cli.js, so the command line needs no file beside it.
import fr from '../../l10n/bundle.l10n.fr.json';
import type { L10nBundle, Language } from '../core/common/l10n';
import { languageCode, languageFor } from '../core/common/languages';
import type { CliIo } from './options';

export const BUNDLES: Readonly<Record<string, L10nBundle>> = { fr };

export function cliLanguage(lang: string | undefined, env: CliIo['env']): Language {
  const tag = lang ?? [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v) ?? 'en';
  return languageFor(tag, BUNDLES[languageCode(tag)]);
}
