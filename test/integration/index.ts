// The integration suite's entry, used by both runners (code-server and @vscode/test-electron).
import { runSuite } from '../support/hostSuite';

export function run(): Promise<void> {
  return runSuite(__dirname, 'integration');
}
