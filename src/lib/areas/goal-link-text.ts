import type { AreaGoal } from './area-goals.ts';

/** What the link from an area's overview to its page for one goal says. */
export function goalLinkText({ goal, indicator }: AreaGoal, areaName: string): string {
  const title = goal.data.title.charAt(0).toLowerCase() + goal.data.title.slice(1);
  return indicator
    ? `Side om ${title} i ${areaName} med tallene og grafen`
    : `Side om ${title} i ${areaName} med det, brevene skriver om målet`;
}
