// The languages Async Work speaks besides English, and how a host's language tag and translation
// bundle become the core's Language. A language needs its bundle (l10n/bundle.l10n.<code>.json) and
// here the date-fns locale that names its weekdays and months.
import type { Locale } from 'date-fns';
import { fr } from 'date-fns/locale/fr';
import { ENGLISH, type L10nBundle, type Language } from './l10n';

export const LOCALES: Readonly<Record<string, Locale>> = { fr };

/** `fr` from `fr`, `fr-CA`, `fr_FR.UTF-8` or `fr_FR@euro`; `C` and `POSIX` are English. */
export function languageCode(tag: string): string {
  const code = tag
    .trim()
    .toLowerCase()
    .split(/[-_.@]/)[0];
  return code === 'c' || code === 'posix' ? 'en' : code;
}

/**
 * The language for a tag and the bundle the host found for it: English without a bundle (VS Code
 * has none for English, nor for a language the extension does not ship).
 */
export function languageFor(tag: string, bundle: L10nBundle | undefined | null): Language {
  const code = languageCode(tag);
  if (!bundle || code === 'en') return ENGLISH;
  return { code, bundle, locale: LOCALES[code] ?? null };
}
