// The current time for the extension. Core functions take `now`; this is where it comes from.
// The test API pins it so integration tests see the sample repository's moment; outside
// production mode the UI checks pin it and the demo starts it at the sample's moment.
export class Clock {
  private pinned: Date | null = null;
  private offsetMs = 0;

  now(): Date {
    // The one reading of the machine's clock; everything else asks a Clock or takes `now`.
    // eslint-disable-next-line no-restricted-syntax
    return this.pinned ?? new Date(Date.now() + this.offsetMs);
  }

  /** Stops the clock at `at` (null lets it run again). */
  pin(at: Date | null): void {
    this.pinned = at;
  }

  /** Lets the clock run on from `at`, as if it were that moment now. */
  startAt(at: Date): void {
    this.pinned = null;
    // eslint-disable-next-line no-restricted-syntax
    this.offsetMs = at.getTime() - Date.now();
  }
}

/** A clock setting from the extension host's environment: an ISO date-time, or null when absent or unreadable. */
export function clockSetting(raw: string | undefined): Date | null {
  if (!raw || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(raw)) return null;
  const at = new Date(raw);
  return Number.isNaN(at.getTime()) ? null : at;
}

let zone: string | undefined;
/** The time zone of this machine, read once and only when first needed (the first use of Intl is slow). */
export function systemZone(): string {
  zone ??= Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone;
}
