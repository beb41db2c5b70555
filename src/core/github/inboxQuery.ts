// The one GraphQL query of the GitHub inbox (PRODUCT §6) and its variables: one aliased search per
// reason an item waits on me, in the workspace's repositories or everywhere.

/** Results per search. GitHub allows 100; more than 50 of one kind waiting on one person is a different problem. */
export const SEARCH_SIZE = 50;

/** The searches of the query, by alias: the mapping reads them in this order. */
export const SEARCHES = ['reviewRequested', 'assigned', 'mentioned', 'labelled', 'waitingOnOthers'] as const;
export type SearchAlias = (typeof SEARCHES)[number];

// Variables carry the search strings, so the document never changes and is checked against
// GitHub's schema once, in a unit test.
export const INBOX_QUERY = `query AsyncWorkInbox($first: Int!, $reviewRequested: String!, $assigned: String!, $mentioned: String!, $labelled: String!, $waitingOnOthers: String!) {
  viewer { login }
  reviewRequested: search(type: ISSUE, query: $reviewRequested, first: $first) { ...Found }
  assigned: search(type: ISSUE, query: $assigned, first: $first) { ...Found }
  mentioned: search(type: ISSUE, query: $mentioned, first: $first) { ...Found }
  labelled: search(type: ISSUE, query: $labelled, first: $first) { ...Found }
  waitingOnOthers: search(type: ISSUE, query: $waitingOnOthers, first: $first) { ...Found }
  rateLimit { limit remaining cost resetAt }
}
fragment Found on SearchResultItemConnection {
  issueCount
  nodes {
    __typename
    ... on Issue {
      number title url createdAt
      repository { nameWithOwner }
      author { login }
      timelineItems(last: 20, itemTypes: [ASSIGNED_EVENT, MENTIONED_EVENT, LABELED_EVENT]) {
        nodes { __typename ...Assigned ...Mentioned ...Labeled }
      }
    }
    ... on PullRequest {
      number title url createdAt isDraft reviewDecision
      repository { nameWithOwner }
      author { login }
      reviewRequests(first: 20) {
        totalCount
        nodes { requestedReviewer { __typename ...Reviewer } }
      }
      timelineItems(last: 20, itemTypes: [REVIEW_REQUESTED_EVENT, ASSIGNED_EVENT, MENTIONED_EVENT, LABELED_EVENT]) {
        nodes { __typename ...Assigned ...Mentioned ...Labeled ...ReviewRequested }
      }
    }
  }
}
fragment Reviewer on RequestedReviewer {
  ... on User { login }
  ... on Team { combinedSlug }
}
fragment Assigned on AssignedEvent { createdAt assignee { __typename ... on User { login } } }
fragment Mentioned on MentionedEvent { createdAt actor { login } }
fragment Labeled on LabeledEvent { createdAt label { name } }
fragment ReviewRequested on ReviewRequestedEvent { createdAt requestedReviewer { __typename ...Reviewer } }
`;

export interface InboxScope {
  /** `owner/name` of the repositories to look in; empty means every repository I can see. */
  repos: readonly string[];
  /** The team's request label (`request-label` in the team configuration). */
  requestLabel: string;
}

function quoted(value: string): string {
  return /^[\w.-]+$/.test(value) ? value : `"${value.replace(/"/g, '')}"`;
}

/** The search strings of the query, one per alias. */
export function inboxVariables(scope: InboxScope): Record<SearchAlias, string> & { first: number } {
  const where = scope.repos.map((r) => `repo:${r}`).join(' ');
  const search = (...terms: string[]) => ['is:open', 'archived:false', ...terms, where, 'sort:updated-desc'].filter(Boolean).join(' ');
  return {
    first: SEARCH_SIZE,
    reviewRequested: search('is:pr', 'review-requested:@me'),
    assigned: search('assignee:@me'),
    mentioned: search('mentions:@me'),
    // Across all of GitHub a label alone would find strangers' issues: only those I am involved in.
    labelled: search(`label:${quoted(scope.requestLabel)}`, scope.repos.length === 0 ? 'involves:@me' : ''),
    waitingOnOthers: search('is:pr', 'author:@me', 'draft:false', '-review:approved'),
  };
}
