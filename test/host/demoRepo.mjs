// A copy of the sample repository moved by whole weeks, so that the sample's moment
// (Wednesday 2026-11-25 12:00 UTC) falls in the present week: weekdays, and with them the working-day
// rules, stay as the sample was written. The extension's clock is then started at that moment.
import { cpSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

export const SAMPLE_NOW = Date.parse('2026-11-25T12:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const WEEK = 7 * DAY;
const DATE_TIME = /\b(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?)Z\b/g;
const DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

/** Moves every date and date-time in `text` by `weeks` whole weeks. */
export function shiftText(text, weeks) {
  const offsetMs = weeks * WEEK;
  const marks = [];
  const withTimes = text.replace(DATE_TIME, (_m, d, t) => {
    marks.push(new Date(Date.parse(`${d}T${t.length === 5 ? `${t}:00` : t}Z`) + offsetMs).toISOString().replace(/\.000Z$/, 'Z'));
    return `\u0000${marks.length - 1}\u0000`;
  });
  const withDates = withTimes.replace(DATE, (_m, y, mo, d) => new Date(Date.UTC(+y, +mo - 1, +d) + offsetMs).toISOString().slice(0, 10));
  return withDates.replace(/\u0000(\d+)\u0000/g, (_m, i) => marks[Number(i)]);
}

/** The whole weeks from the sample's moment to the last one like it (Wednesday 12:00 UTC) at or before `now`. */
export function weeksSinceSample(now) {
  return Math.floor((now - SAMPLE_NOW) / WEEK);
}

/**
 * Copies `sample` to `dest` moved by whole weeks to the latest sample-like moment at or before `now`;
 * returns the folder and that moment (the demo's clock starts there).
 */
// The demo follows the machine's clock; its unit test passes `now`.
// eslint-disable-next-line no-restricted-syntax
export function makeDemoRepo(sample, dest, now = Date.now()) {
  const weeks = weeksSinceSample(now);
  rmSync(dest, { recursive: true, force: true });
  cpSync(sample, dest, { recursive: true });
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) {
        walk(file);
        continue;
      }
      if (!/\.(md|ya?ml)$/.test(name)) continue;
      writeFileSync(file, shiftText(readFileSync(file, 'utf8'), weeks));
      const moved = shiftText(name, weeks);
      if (moved !== name) renameSync(file, path.join(dir, moved));
    }
  };
  walk(dest);
  return { folder: dest, now: new Date(SAMPLE_NOW + weeks * WEEK) };
}
