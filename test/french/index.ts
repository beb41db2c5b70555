// The French suite's entry (test/host/french.mjs runs it in a VS Code server started in French).
import { runSuite } from '../support/hostSuite';

export function run(): Promise<void> {
  return runSuite(__dirname, 'French');
}
