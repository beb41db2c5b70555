// The commands of the views' title bars.
import type { CommandContext } from './context';

/** Indexes the records again and refreshes GitHub now. */
export async function refresh(ctx: CommandContext): Promise<void> {
  await Promise.all([ctx.store.refresh(), ctx.github.refresh()]);
}
