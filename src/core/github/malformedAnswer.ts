// An answer from GitHub that could not be read: every mapping of a GraphQL answer throws it, and the
// client reports it as one kind of failure.

/** GitHub's answer did not have the shape the query asks for. */
export class MalformedAnswer extends Error {
  constructor(what: string) {
    super(`GitHub sent an answer that could not be read (${what})`);
    this.name = 'MalformedAnswer';
  }
}
