// What may be read as a team configuration, `.adr-dir` or record, told from a stat before reading:
// a FIFO, device or socket would make the read wait, and a huge file fill the memory. The reasons
// say what a path is ("is a folder"), to follow it in a message.
import { l10n } from '../common/l10n';

/** The bits of a file type as VS Code's FileType gives them. */
export const FILE_TYPE = { file: 1, folder: 2, symbolicLink: 64 } as const;

/** Files larger than this are read only this far (records are short; the parser reads 512 KB). */
export const READ_LIMIT = 1024 * 1024;

/** Why a file of this type and size is not read, or null when it may be. */
export function readRefusal(type: number, size: number, limit: number): string | null {
  if ((type & FILE_TYPE.file) === 0)
    return (type & FILE_TYPE.folder) !== 0 ? l10n.t('is a folder') : l10n.t('is not a regular file (a FIFO, device or socket)');
  if (size > limit) return l10n.t('is larger than {0} KB', Math.round(limit / 1024));
  return null;
}
