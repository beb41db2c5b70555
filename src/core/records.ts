// One entry point from a file to a record, whatever its type.
import type { TeamConfig } from './config';
import { parseDecision } from './decision';
import { parseMeeting } from './meeting';
import { parseRequest } from './request';
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
