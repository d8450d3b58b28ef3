/**
 * Registers a custom element unless the tag is already taken. A page may load our script
 * twice (a CMS block and a theme both embedding it, or `kfd-widgets.js` next to a single
 * entry file); `customElements.define` would throw on the second copy and break the page.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === "undefined" || customElements.get(tag)) return;
  customElements.define(tag, ctor);
}
