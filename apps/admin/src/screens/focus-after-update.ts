import type { ReactiveElement } from "lit";

/**
 * After the next render, focus goes to the first of the selectors that exists: where the
 * person continues when the element they were on has gone (deleted, moved, closed).
 */
export async function focusAfterUpdate(host: ReactiveElement, ...selectors: string[]): Promise<void> {
  await host.updateComplete;
  for (const selector of selectors) {
    const target = host.querySelector<HTMLElement>(selector);
    if (target) return target.focus();
  }
}
