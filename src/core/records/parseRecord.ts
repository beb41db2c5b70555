// One entry point from a file to a record, whatever its type.
import type { TeamConfig } from '../team/config';
import { parseDecision } from '../decisions/parse';
import { parseMeeting } from '../requests/meeting';
import { parseRequest } from '../requests/request';
import type { AsyncRecord, RecordType } from './types';

export function parseRecord(type: RecordType, path: string, text: string, config: TeamConfig): AsyncRecord {
  switch (type) {
    case 'request':
      return parseRequest(path, text, config);
    case 'decision':
      return parseDecision(path, text, config);
    case 'meeting':
      return parseMeeting(path, text, config);
  }
}
