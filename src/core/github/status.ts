// A user's status on GitHub (PRODUCT §5): the GraphQL documents that read and change it, the
// mutation's input, and the reading of GitHub's answers and of a status stored as JSON. Pure: no
// network.
import { isIso, isObject, str } from '../common/json';
import { MalformedAnswer } from './malformedAnswer';

/** A user's status on GitHub, as read and as set. */
export interface GithubStatus {
  message: string | null;
  /** An emoji name with colons (`:no_bell:`) or the emoji itself. */
  emoji: string | null;
  /** ISO time after which GitHub no longer shows it; null for never. */
  expiresAt: string | null;
  /** "Busy": not fully available on GitHub. */
  limitedAvailability: boolean;
  /** The node id of the organization whose members alone see it; null when everyone does. */
  organizationId: string | null;
}

/** GitHub refuses a longer status message. */
export const STATUS_MESSAGE_MAX = 80;

const STATUS_FIELDS = 'fragment Status on UserStatus { message emoji expiresAt indicatesLimitedAvailability organization { id } }';

// Both documents are checked against GitHub's schema in a unit test.
export const VIEWER_STATUS_QUERY = `query AsyncWorkViewerStatus { viewer { status { ...Status } } }
${STATUS_FIELDS}
`;

export const CHANGE_STATUS_MUTATION = `mutation AsyncWorkChangeStatus($input: ChangeUserStatusInput!) { changeUserStatus(input: $input) { status { ...Status } } }
${STATUS_FIELDS}
`;

/** The input of CHANGE_STATUS_MUTATION; an empty one clears the status. */
export function statusInput(status: GithubStatus | null): Record<string, string | boolean> {
  if (!status) return {};
  const input: Record<string, string | boolean> = { limitedAvailability: status.limitedAvailability };
  if (status.message !== null) input.message = status.message;
  if (status.emoji !== null) input.emoji = status.emoji;
  if (status.expiresAt !== null) input.expiresAt = status.expiresAt;
  if (status.organizationId !== null) input.organizationId = status.organizationId;
  return input;
}

function expiry(v: unknown): string | null | undefined {
  if (v === null || v === undefined) return null;
  return isIso(v) ? v : undefined;
}

/** A status as GitHub sends it (the Status fragment); null when there is none. */
function fromGithub(raw: unknown): GithubStatus | null {
  if (!isObject(raw)) return null;
  const expiresAt = expiry(raw.expiresAt);
  const status = {
    message: str(raw.message) || null,
    emoji: str(raw.emoji) || null,
    expiresAt: expiresAt ?? null,
    limitedAvailability: raw.indicatesLimitedAvailability === true,
    organizationId: isObject(raw.organization) ? str(raw.organization.id) : null,
  };
  return status.message === null && status.emoji === null && !status.limitedAvailability ? null : status;
}

/** The viewer's status in the `data` of GitHub's answer to VIEWER_STATUS_QUERY; null when there is none. */
export function mapViewerStatus(data: unknown): GithubStatus | null {
  if (!isObject(data) || !isObject(data.viewer)) throw new MalformedAnswer('no viewer');
  return fromGithub(data.viewer.status);
}

/** The status after CHANGE_STATUS_MUTATION; null when it was cleared. */
export function mapChangedStatus(data: unknown): GithubStatus | null {
  if (!isObject(data) || !isObject(data.changeUserStatus)) throw new MalformedAnswer('no changeUserStatus');
  return fromGithub(data.changeUserStatus.status);
}

/** A status as the focus state stores it (a GithubStatus written as JSON); null when it is malformed. */
export function readGithubStatus(raw: unknown): GithubStatus | null {
  if (!isObject(raw)) return null;
  const expiresAt = expiry(raw.expiresAt);
  if (expiresAt === undefined) return null;
  return {
    message: str(raw.message),
    emoji: str(raw.emoji),
    expiresAt,
    limitedAvailability: raw.limitedAvailability === true,
    organizationId: str(raw.organizationId),
  };
}
