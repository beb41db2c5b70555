// One LogOutputChannel for the extension; each line carries the component that wrote it.
import * as vscode from 'vscode';

export interface Log {
  info(component: string, message: string): void;
  warn(component: string, message: string): void;
  error(component: string, message: string): void;
  show(): void;
}

export function createLog(): Log & vscode.Disposable {
  const channel = vscode.window.createOutputChannel('Async Work', { log: true });
  return {
    info: (c, m) => channel.info(`[${c}] ${m}`),
    warn: (c, m) => channel.warn(`[${c}] ${m}`),
    error: (c, m) => channel.error(`[${c}] ${m}`),
    show: () => channel.show(true),
    dispose: () => channel.dispose(),
  };
}
