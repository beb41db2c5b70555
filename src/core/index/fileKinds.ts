// What may be read as a team configuration, `.adr-dir` or record, told from a stat before reading:
// a FIFO, device or socket would make the read wait, and a huge file fill the memory.

/** The bits of a file type as VS Code's FileType gives them. */
export const FILE_TYPE = { file: 1, folder: 2, symbolicLink: 64 } as const;

/** Files larger than this are read only this far (records are short; the parser reads 512 KB). */
export const READ_LIMIT = 1024 * 1024;

export const NOT_REGULAR = 'is not a regular file (a FIFO, device or socket)';

/** Why a file of this type and size is not read, or null when it may be. */
export function readRefusal(type: number, size: number, limit: number): string | null {
  if ((type & FILE_TYPE.file) === 0) return (type & FILE_TYPE.folder) !== 0 ? 'is a folder' : NOT_REGULAR;
  if (size > limit) return `is larger than ${Math.round(limit / 1024)} KB`;
  return null;
}
