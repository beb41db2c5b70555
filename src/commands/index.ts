// The command table: every command the extension contributes, by the id package.json uses, and the
// handler that runs it.
import { COMMANDS, type CommandId } from '../constants';
import type { CommandContext, CommandHandler } from './context';
import { decide, extendCommentPeriod, newDecision, supersede, type NewDecisionArgs } from './decisions';
import { showFocusSummary, startFocus } from './focus';
import { openOnGithub } from './github';
import { markReviewed, newPage, setOwner, showOwner, type NewPageArgs } from './handbook';
import {
  copyLink,
  newMeeting,
  newRequest,
  setRequestStatus,
  snooze,
  toggleActionItem,
  type NewMeetingArgs,
  type NewRequestArgs,
} from './requests';
import { setMe } from './team';
import { refresh } from './views';

export function createCommands(ctx: CommandContext): Record<CommandId, CommandHandler> {
  return {
    [COMMANDS.refresh]: () => refresh(ctx),
    [COMMANDS.showLog]: () => ctx.log.show(),
    [COMMANDS.newRequest]: (args?: NewRequestArgs) => newRequest(ctx, args),
    [COMMANDS.newMeeting]: (args?: NewMeetingArgs) => newMeeting(ctx, args),
    [COMMANDS.setMe]: (handle?: unknown) => setMe(ctx, handle),
    [COMMANDS.markAnswered]: (arg?: unknown) => setRequestStatus(ctx, arg, 'answered'),
    [COMMANDS.markDone]: (arg?: unknown) => setRequestStatus(ctx, arg, 'done'),
    [COMMANDS.snooze]: (arg?: unknown, until?: unknown) => snooze(ctx, arg, until),
    [COMMANDS.copyLink]: (arg?: unknown) => copyLink(ctx, arg),
    [COMMANDS.toggleActionItem]: (arg?: unknown) => toggleActionItem(ctx, arg),
    [COMMANDS.newDecision]: (args?: NewDecisionArgs) => newDecision(ctx, args),
    [COMMANDS.acceptDecision]: (arg?: unknown) => decide(ctx, arg, 'accepted'),
    [COMMANDS.rejectDecision]: (arg?: unknown) => decide(ctx, arg, 'rejected'),
    [COMMANDS.deprecateDecision]: (arg?: unknown) => decide(ctx, arg, 'deprecated'),
    [COMMANDS.supersedeDecision]: (arg?: unknown, successor?: unknown) => supersede(ctx, arg, successor),
    [COMMANDS.extendCommentPeriod]: (arg?: unknown, days?: unknown) => extendCommentPeriod(ctx, arg, days),
    [COMMANDS.startFocus]: (minutes?: unknown) => startFocus(ctx, minutes),
    [COMMANDS.endFocus]: () => ctx.focus.end(),
    [COMMANDS.toggleFocus]: () => ctx.focus.toggle(),
    [COMMANDS.showFocusSummary]: () => showFocusSummary(ctx),
    [COMMANDS.signInToGithub]: () => ctx.github.signIn(),
    [COMMANDS.openOnGithub]: (arg?: unknown) => openOnGithub(arg),
    [COMMANDS.newPage]: (args?: NewPageArgs) => newPage(ctx, args),
    [COMMANDS.markReviewed]: (arg?: unknown) => markReviewed(ctx, arg),
    [COMMANDS.setOwner]: (arg?: unknown, handle?: unknown) => setOwner(ctx, arg, handle),
    [COMMANDS.showOwner]: (arg?: unknown) => showOwner(ctx, arg),
  };
}
