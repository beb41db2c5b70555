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
