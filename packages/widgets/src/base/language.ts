/**
 * The language that applies to `element` when it has no `lang` of its own: the nearest
 * ancestor's `lang`, climbing out of shadow roots, else the document's.
 */
export function inheritedLanguage(element: Element): string {
  let node: Element | null = parentAcrossShadow(element);
  while (node) {
    const marked = node.closest("[lang]");
    const value = marked?.getAttribute("lang");
    if (value) return value;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.lang;
}

function parentAcrossShadow(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
