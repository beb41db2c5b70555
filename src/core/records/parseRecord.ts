// One entry point from a file to a record, whatever its type: the file is read once into a
// document, which the reader of its type turns into a record.
import type { TeamConfig } from '../team/config';
import { parseDecision } from '../decisions/parse';
import { parsePage } from '../handbook/page';
import { parseMeeting } from '../requests/meeting';
import { parseRequest } from '../requests/request';
import { readDocument } from './document';
import type { AsyncRecord, RecordType } from './types';

export function parseRecord(type: RecordType, path: string, text: string, config: TeamConfig): AsyncRecord {
  const doc = readDocument(text, path);
  switch (type) {
    case 'request':
      return parseRequest(doc, config);
    case 'decision':
      return parseDecision(doc, config);
    case 'meeting':
      return parseMeeting(doc, config);
    case 'page':
      return parsePage(doc, config);
  }
}
