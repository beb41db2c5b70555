#!/usr/bin/env node
// The command line: the same core as the extension, for CI and terminals.
import { runCli } from './cli/main';

runCli(process.argv.slice(2), { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s), env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`async-work: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
