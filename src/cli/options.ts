// What every command of the command line shares: where it writes, how it reads common options, and
// the zone its text output writes times in.
import { systemZone } from '../clock';
import { isValidTimeZone } from '../core/team/config';
import { l10n } from '../core/common/l10n';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: Record<string, string | undefined>;
}

/** `--now ISO` pins the current time (reproducible output in CI). */
export function readNow(value: string | undefined): Date {
  // The command line's clock: the machine's, unless --now pins it.
  // eslint-disable-next-line no-restricted-syntax
  if (value === undefined) return new Date();
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw new Error(l10n.t('--now "{0}" is not an ISO date-time', value));
  return d;
}

/** An option that takes one of a few values; anything else is a usage error. */
export function choice<T extends string>(option: string, value: string | undefined, allowed: readonly T[]): T {
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(l10n.t('{0} must be one of {1}', option, allowed.join(', ')));
}

/** The reader's zone for text output: `TZ` when it names a zone such as Europe/Paris, else this machine's. */
export function readerZone(env: CliIo['env']): string {
  const tz = env.TZ;
  return tz && isValidTimeZone(tz) ? tz : systemZone();
}
