// An answer from GitHub that could not be read: every mapping of a GraphQL answer throws it, and the
// client reports it as one kind of failure.
import { l10n } from '../common/l10n';

/** GitHub's answer did not have the shape the query asks for. */
export class MalformedAnswer extends Error {
  constructor(what: string) {
    super(l10n.t('GitHub sent an answer that could not be read ({0})', what));
    this.name = 'MalformedAnswer';
  }
}
