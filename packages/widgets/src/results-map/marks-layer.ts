import type { MapFeature } from "@kfd/domain";
import type { MapFeatureProperties } from "./filter.js";

/** A dialogue's mark, or several dialogues that would overlap, in view units. */
export type Mark =
  | { type: "marker"; key: string; feature: MapFeature; x: number; y: number; from?: [number, number] }
  | { type: "cluster"; key: string; features: MapFeature[]; x: number; y: number };

/** Marker shapes by municipality kind, in pixels around the point: kinds differ in shape, not only colour. */
export const SHAPES: Record<MapFeatureProperties["kind"], string> = {
  gemeinde: "M-6 0a6 6 0 1 0 12 0a6 6 0 1 0-12 0Z",
  stadt: "M-6-6h12v12h-12Z",
  landkreis: "M0-8l8 8-8 8-8-8Z",
};

export const markKey = (id: string): string => `m-${id}`;

export interface MarksLook {
  /** CSS pixels per view unit: marks keep their size on screen at any zoom. */
  scale: number;
  /** The mark that is the map's one tab stop. */
  tabStop: string;
  /** The id of the selected dialogue. */
  selected: string;
  label: (mark: Mark) => string;
  count: (n: number) => string;
}

function element(name: string, attributes: Record<string, string>): SVGElement {
  const e = document.createElementNS("http://www.w3.org/2000/svg", name);
  for (const key in attributes) e.setAttribute(key, attributes[key]!);
  return e;
}

/**
 * Draws the marks into `group`, a group Lit does not manage, each cloned from a prototype of
 * its kind: for 1,101 Gemeinden that costs the browser less than one Lit template per mark.
 * A cluster is its circle; the counts go into `counts`, hidden from screen readers, which read
 * the cluster's label. The mark that had the focus keeps it.
 */
export function drawMarks(group: SVGGElement, counts: SVGGElement, marks: readonly Mark[], look: MarksLook): void {
  const focused = (group.getRootNode() as ShadowRoot).activeElement as SVGElement | null;
  const focusedKey = focused && group.contains(focused) ? focused.getAttribute("data-key") : null;
  const prototypes: Partial<Record<string, SVGElement>> = {};
  const size = ` scale(${1 / look.scale})`;
  const numbers: SVGElement[] = [];
  group.replaceChildren(
    ...marks.map((mark) => {
      const type = mark.type === "cluster" ? mark.type : mark.feature.properties.kind;
      const e = (prototypes[type] ??=
        mark.type === "cluster"
          ? element("circle", { class: "mark cluster shape", part: "cluster", role: "button", tabindex: "-1" })
          : element("path", { class: `mark marker shape ${type}`, part: "marker", role: "button", tabindex: "-1", "aria-expanded": "false", d: SHAPES[mark.feature.properties.kind] })
      ).cloneNode() as SVGElement;
      const transform = `translate(${mark.x} ${mark.y})${size}`;
      e.setAttribute("data-key", mark.key);
      if (mark.key === look.tabStop) e.setAttribute("tabindex", "0");
      e.setAttribute("aria-label", look.label(mark));
      e.setAttribute("transform", transform);
      if (mark.type === "cluster") {
        const n = mark.features.length;
        e.setAttribute("data-count", String(n));
        e.setAttribute("r", String(Math.min(20, 11 + Math.log2(n) * 2)));
        const number = (prototypes.count ??= element("text", { dy: "0.35em" })).cloneNode() as SVGElement;
        number.setAttribute("transform", transform);
        number.textContent = look.count(n);
        numbers.push(number);
      } else {
        e.setAttribute("data-id", mark.feature.id);
        if (mark.feature.id === look.selected) {
          e.classList.add("selected");
          e.setAttribute("aria-expanded", "true");
        }
      }
      return e;
    }),
  );
  counts.replaceChildren(...numbers);
  if (focusedKey) group.querySelector<SVGElement>(`[data-key="${CSS.escape(focusedKey)}"]`)?.focus({ preventScroll: true });
}
