import * as path from 'node:path';

/** The project's root, from the compiled tests in `out/test/support`. */
export const ROOT = path.resolve(__dirname, '../../..');
