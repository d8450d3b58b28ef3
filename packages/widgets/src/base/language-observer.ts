/**
 * Calls `onChange` of every registered element when any `lang` attribute in the document
 * changes — a site's language switcher may swap `<html lang>` without reloading, and widgets
 * that follow the page must follow it then too. One observer serves all widgets.
 */
const followers = new Set<{ onLanguageChange(): void }>();
let observer: MutationObserver | undefined;

export function followPageLanguage(element: { onLanguageChange(): void }): () => void {
  followers.add(element);
  if (!observer && typeof MutationObserver !== "undefined") {
    observer = new MutationObserver(() => {
      for (const follower of followers) follower.onLanguageChange();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ["lang"], subtree: true });
  }
  return () => {
    followers.delete(element);
    if (followers.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
