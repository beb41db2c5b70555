// The current time for the extension. Core functions take `now`; this is where it comes from.
// The test API pins it so integration tests see the sample repository's moment.
export class Clock {
  private pinned: Date | null = null;

  now(): Date {
    return this.pinned ?? new Date();
  }

  pin(at: Date | null): void {
    this.pinned = at;
  }
}

let zone: string | undefined;
/** The time zone of this machine, read once and only when first needed (the first use of Intl is slow). */
export function systemZone(): string {
  zone ??= Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone;
}
