// The core's one translation seam. `l10n.t` has the shape and the `{0}` semantics of
// `vscode.l10n.t` (and of the @vscode/l10n package), so `npm run l10n` extracts the core's messages
// into l10n/bundle.l10n.json beside the glue's, and the extension and the command line say the same
// thing. The language is set once, at each host's composition root; until then it is English.
import type { Locale } from 'date-fns';

/** A translation bundle as l10n/bundle.l10n.<lang>.json holds it: English message (or `message/comment`) → translation. */
export type L10nBundle = Record<string, string>;

export interface Language {
  /** `en`, `fr`: the language part of a tag such as `fr-CA` or `fr_FR.UTF-8`. */
  code: string;
  /** Null for English: the messages are written in it. */
  bundle: L10nBundle | null;
  /** The date-fns locale that names weekdays and months; null: English names. */
  locale: Locale | null;
}

export const ENGLISH: Language = { code: 'en', bundle: null, locale: null };

let current: Language = ENGLISH;

/** Sets the language of every text the core makes from now on. */
export function useLanguage(language: Language): void {
  current = language;
}

export function currentLanguage(): Language {
  return current;
}

type Arg = string | number | boolean;

/** A message with a comment for translators; the comment makes its key differ from the same message elsewhere. */
export interface L10nDetails {
  message: string;
  args?: Arg[];
  comment: string | string[];
}

// As vscode.l10n.t formats: `{0}`, `{1}`… replaced by the argument of that index, anything else left.
const PLACEHOLDER = /{([^}]+)}/g;

function format(template: string, args: readonly Arg[]): string {
  if (args.length === 0) return template;
  return template.replace(PLACEHOLDER, (match, key: string) => {
    const value = (args as readonly (Arg | undefined)[])[Number(key)];
    return /^\d+$/.test(key) && value !== undefined ? String(value) : match;
  });
}

function t(message: string, ...args: Arg[]): string;
function t(details: L10nDetails): string;
function t(message: string | L10nDetails, ...rest: Arg[]): string {
  const { text, args, key } =
    typeof message === 'string'
      ? { text: message, args: rest, key: message }
      : {
          text: message.message,
          args: message.args ?? [],
          key: `${message.message}/${Array.isArray(message.comment) ? message.comment.join('') : message.comment}`,
        };
  return format(current.bundle?.[key] ?? text, args);
}

/** `l10n.t('Reply overdue: "{0}" was due for your reply.', title)`: the message in the current language. */
export const l10n = { t };
