// What differs between the desktop extension host (Node) and the browser's web worker host
// (vscode.dev, github.dev). The glue imports `env/node/platform`; the browser build swaps in
// `env/browser/platform` (see esbuild.mjs), so nothing Node-only reaches the web bundle.
import type { FileSource } from '../core/index/indexer';
import type { PathProblem } from '../core/index/pathProblems';

/** A `file:` workspace folder read straight from disk, with links that lead out of it refused. */
export interface Disk {
  /** The folder's files by their paths from `root`; unreadable ones are reported. */
  source(root: string, report: (problem: PathProblem) => void): FileSource;
  /** Why a file of the folder itself is not read (it links out of the folder), or null. */
  leadsOutside(root: string, rel: string): string | null;
  /** Whether a path from `root` stays inside it once links are followed. */
  insideRoot(root: string): (rel: string) => boolean;
  /** Whether a path from `root` names something inside it (for broken-link checks). */
  existsInside(root: string): (rel: string) => boolean;
}

/** git in a local folder. */
export interface Git {
  /** git's trimmed output, null when git fails, is missing or says nothing. */
  run(cwd: string, args: string[]): Promise<string | null>;
  /** The URLs of every remote of the repository at `cwd`. */
  remoteUrls(cwd: string): Promise<string[]>;
}

export interface Platform {
  /** Null where there is no disk: every folder, `file:` ones included, is read through `workspace.fs`. */
  disk: Disk | null;
  /** Null where git cannot run. */
  git: Git | null;
  /** Lets the host's other work run before going on. */
  yieldToHost(): Promise<void>;
  /** A variable of the extension host's environment; none in the browser. */
  env(name: string): string | undefined;
}
