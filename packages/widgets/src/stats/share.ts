import { noChange } from "lit";
import { Directive, directive, PartType, type ElementPart, type PartInfo } from "lit/directive.js";

/**
 * Sets `--_share` (0…1) on the element through CSSOM. A strict Content-Security-Policy
 * (no 'unsafe-inline' styles) blocks `style` attributes but not `style.setProperty`, so the
 * bars take their length from this property instead of an inline style.
 */
class ShareDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error("share() belongs on an element: <span ${share(0.5)}>");
  }

  render(_share: number): unknown {
    return noChange;
  }

  override update(part: ElementPart, [share]: [number]): unknown {
    (part.element as HTMLElement).style.setProperty("--_share", String(Math.min(1, Math.max(0, share))));
    return noChange;
  }
}

export const share = directive(ShareDirective);
