// A copy of the sample repository whose dates are moved so that "now" in the samples
// (2026-11-25 12:00 UTC) becomes the present moment: the demo always shows live states.
import { cpSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

export const SAMPLE_NOW = Date.parse('2026-11-25T12:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const DATE_TIME = /\b(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?)Z\b/g;
const DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

export function shiftText(text, offsetMs) {
  const days = Math.round(offsetMs / DAY);
  const marks = [];
  // Date-times move by the exact offset; bare dates by whole days.
  const withTimes = text.replace(DATE_TIME, (_m, d, t) => {
    marks.push(new Date(Date.parse(`${d}T${t.length === 5 ? `${t}:00` : t}Z`) + offsetMs).toISOString().replace(/\.000Z$/, 'Z'));
    return `\u0000${marks.length - 1}\u0000`;
  });
  const withDates = withTimes.replace(DATE, (_m, y, mo, d) => new Date(Date.UTC(+y, +mo - 1, +d) + days * DAY).toISOString().slice(0, 10));
  return withDates.replace(/\u0000(\d+)\u0000/g, (_m, i) => marks[Number(i)]);
}

export function makeDemoRepo(sample, dest, now = Date.now()) {
  const offset = now - SAMPLE_NOW;
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
      writeFileSync(file, shiftText(readFileSync(file, 'utf8'), offset));
      const moved = shiftText(name, offset);
      if (moved !== name) renameSync(file, path.join(dir, moved));
    }
  };
  walk(dest);
  return dest;
}
