#!/usr/bin/env node
// The command line: the same core as the extension, for CI and terminals.
import { runCli } from './cli/main';

// A reader that stops early (`async-work list | head`) closes the pipe: that ends the output, quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(process.exitCode ?? 0);
});

runCli(process.argv.slice(2), { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s), env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`async-work: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
