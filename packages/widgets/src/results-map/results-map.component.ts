import { html, nothing, svg, type PropertyValues, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import { msg, str } from "@lit/localize";
import type { MapFeature, MapFeatureCollection } from "@kfd/domain";
import { ATTRIBUTION } from "@kfd/geodata";
import { getMap, isKfdError } from "@kfd/sdk";
import { apiOptions } from "../base/api.js";
import { KfdElement } from "../base/kfd-element.js";
import { inLocale } from "../base/localize.js";
import { countByKreis, shadeOf, stepsFor, type Step } from "./choropleth.js";
import { groupByDistance, spreadAround, type Placed } from "./cluster.js";
import { applyFilter, filterOptions, NO_FILTER, SORT_KEYS, sortFeatures, type MapFeatureProperties, type MapFilter, type Sort, type SortKey } from "./filter.js";
import { drawMarks, markKey, SHAPES, type Mark } from "./marks-layer.js";
import { extentOfPoints, fitProjection, unionExtent, type Projection } from "./projection.js";
import { loadRegion } from "./region.js";
import { t, topicLabel, type MapMessageKey } from "./results-map.messages.js";
import { resultsMapStyles } from "./results-map.styles.js";
import { tilesFor } from "./tiles.js";
import { pathOf, type Region } from "./topology.js";

declare module "../base/events.js" {
  interface KfdEventDetails {
    /** The map has drawn its region and the dialogues. */
    "kfd-map-loaded": { features: number };
    /** A dialogue was selected on the map or in the table. */
    "kfd-map-select": { id: string; slug: string };
  }
}

/** The choropleth of the dialogues shown, when the map has one. */
interface Choropleth {
  steps: Step[];
  count(ags: string): number;
  /** 1–4, or 0 for a Kreis without dialogues. */
  shade(ags: string): number;
}

interface View {
  x: number;
  y: number;
  width: number;
}

/** Sizes on screen, in CSS pixels. */
const MARK_SIZE = 14;
const CLUSTER_DISTANCE = 26;
const MAX_ZOOM = 32;

/** Rows the table shows before "show all": a thousand rows take the browser a third of a second to build and lay out. */
const FIRST_ROWS = 50;

/** Number formats are costly to create and to call, and a map labels hundreds of marks with a few small counts. */
const formatted = new Map<string, { format: Intl.NumberFormat; done: Map<number, string> }>();
function formatNumber(locale: string, n: number): string {
  let numbers = formatted.get(locale);
  if (!numbers) formatted.set(locale, (numbers = { format: new Intl.NumberFormat(locale), done: new Map() }));
  let text = numbers.done.get(n);
  if (text === undefined) numbers.done.set(n, (text = numbers.format.format(n)));
  return text;
}

const rowId = (f: MapFeature) => `row-${f.id}`;

/**
 * @summary Where Kommunale Flüchtlingsdialoge took place: a map drawn from shipped boundaries (no tile server,
 * no third-party request), markers by municipality kind that cluster where dense, filters by topic, phase and
 * year, an optional choropleth per Kreis, and a sortable table of the same dialogues linked to the markers.
 *
 * @event kfd-map-loaded - The region and the dialogues are drawn. `detail: { features }`.
 * @event kfd-map-select - A dialogue was selected on the map or in the table. `detail: { id, slug }`.
 * @event kfd-error - Loading the dialogues failed. `detail: { code, status }`.
 *
 * @csspart base - The widget's box.
 * @csspart filters - The filter form (topic, phase, year).
 * @csspart map - The map's frame around the SVG.
 * @csspart marker - A dialogue's marker.
 * @csspart cluster - A mark standing for several dialogues; selecting it zooms in.
 * @csspart zoom-controls - The zoom buttons.
 * @csspart legend - The legend of marker kinds and the choropleth.
 * @csspart attribution - The source of the boundaries (and of the tiles).
 * @csspart panel - The selected dialogue's compact Steckbrief.
 * @csspart table - The table of the dialogues shown.
 *
 * @cssproperty --kfd-map-land - Fill of the region. Default: a light grey-blue.
 * @cssproperty --kfd-map-border - Kreis borders.
 * @cssproperty --kfd-map-gemeinde - Marker of a Gemeinde.
 * @cssproperty --kfd-map-stadt - Marker of a Stadt.
 * @cssproperty --kfd-map-landkreis - Marker of a Landkreis.
 * @cssproperty --kfd-map-shade-1 - Choropleth: the lightest of four shades (also -2, -3, -4).
 */
export class KfdResultsMap extends KfdElement {
  static override styles = [KfdElement.styles, resultsMapStyles];

  /** Base URL of the kfd API, e.g. `https://kfd.example.de`; empty means the page's own origin. */
  @property() api = "";

  /**
   * Raster tiles under the map, as a URL template with `{z}`, `{x}`, `{y}` (Web Mercator), e.g.
   * `https://sgx.geodatenzentrum.de/wmts_basemapde/tile/1.0.0/de_basemapde_web_raster_farbe/default/GLOBAL_WEBMERCATOR/{z}/{y}/{x}.png`.
   * Empty (the default): no tiles and no request to anyone but the API.
   */
  @property() tiles = "";

  /** Source note of the tiles, shown beside the map's own when `tiles` is set. */
  @property() attribution = "";

  /** Another region's TopoJSON (object `kreise`, optional `outline`), resolved against `api`; empty: Baden-Württemberg. */
  @property() region = "";

  /** Shade each Kreis by its number of dialogues (with a legend and a table of the numbers). */
  @property({ type: Boolean, reflect: true }) choropleth = false;

  /** Where a dialogue's "Steckbrief" link leads; `{slug}` is replaced. Default: the API's public Steckbrief page. */
  @property() link = "";

  /** Level (1–6) of the selected dialogue's title. */
  @property({ attribute: "heading-level", type: Number }) headingLevel = 2;

  /** The dialogues as `GET /v1/map` returns them; set it to show data of your own instead of fetching. */
  @property({ attribute: false }) data: MapFeatureCollection | undefined;

  @state() private failed = false;
  /** The API answered (or `data` was given). */
  @state() private fetched = false;
  @state() private features: MapFeature[] = [];
  @state() private area: Region | undefined;
  @state() private filter: MapFilter = NO_FILTER;
  @state() private sort: Sort = { key: "municipality", descending: false };
  @state() private view: View | undefined;
  @state() private selected = "";
  @state() private focusKey = "";
  @state() private rowLimit = FIRST_ROWS;
  /** Rendered width of the map in CSS pixels. */
  @state() private mapWidth = 0;

  private projection: Projection | undefined;
  private points = new Map<string, [number, number]>();
  private areaPaths: Array<{ ags: string; name: string; d: string }> = [];
  private outlinePath = "";
  /** The region and extent the projection was fitted to. */
  private fit: unknown[] = [];
  private shown: MapFeature[] = [];
  private options = filterOptions([]);
  private marks: Mark[] = [];
  /** What the marks were computed from: they are computed again only when one of these changes. */
  private marksOf: unknown[] = [];
  /** What the marks layer was last drawn with. */
  private drawn: unknown[] = [];
  private abort: AbortController | undefined;
  private resize: ResizeObserver | undefined;
  private drag: { x: number; y: number; view: View; moved: boolean } | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // The page may load the card's script after ours; the panel shows the card once it exists.
    if (!customElements.get("kfd-steckbrief-card")) void customElements.whenDefined("kfd-steckbrief-card").then(() => this.requestUpdate());
    this.resize ??= new ResizeObserver(([entry]) => {
      const width = entry?.contentRect.width ?? 0;
      if (width > 0 && Math.abs(width - this.mapWidth) > 1) this.mapWidth = width;
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
    this.resize?.disconnect();
  }

  private get ready(): boolean {
    return !this.failed && this.fetched && this.area !== undefined && this.projection !== undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has("region") || changed.has("api")) void this.fetchRegion();
    if (changed.has("data") && this.data) {
      this.abort?.abort();
      this.features = this.data.features;
      this.fetched = true;
      this.failed = false;
    } else if (changed.has("api") && !this.data && this.isConnected) void this.fetchFeatures();
    if (changed.has("features")) this.options = filterOptions(this.features);
    if (changed.has("features") || changed.has("area")) this.project();
    if (changed.has("features") || changed.has("area") || changed.has("filter")) {
      this.shown = applyFilter(this.features, this.filter);
      if (this.selected && !this.shown.some((f) => f.id === this.selected)) this.selected = "";
    }
    if (!this.ready) return;
    // Measured before the first map is drawn, so markers cluster right the first time.
    if (!this.mapWidth) this.mapWidth = Math.max(200, (this.renderRoot.querySelector(".root")?.clientWidth ?? 640) - 32);
    const inputs = [this.shown, this.view, this.mapWidth, this.projection];
    if (inputs.some((input, i) => input !== this.marksOf[i])) {
      this.marksOf = inputs;
      this.marks = this.computeMarks();
    }
  }

  /** After Lit's render, the marks, which Lit does not draw (see marks-layer.ts): again only when they changed. */
  protected override update(changed: PropertyValues): void {
    super.update(changed);
    const group = this.renderRoot.querySelector<SVGGElement>(".marks");
    const counts = group?.nextElementSibling as SVGGElement | null;
    const look = { scale: this.pixelScale, tabStop: this.tabStop(), selected: this.selected, label: this.markLabel, count: this.number };
    const drawn = [group, this.marks, this.locale, ...Object.values(look)];
    if (group && counts && drawn.some((value, i) => value !== this.drawn[i])) inLocale(this.locale, () => drawMarks(group, counts, this.marks, look));
    this.drawn = drawn;
  }

  /** The mark that takes the focus from the Tab key: the one focused last, else the westernmost. */
  private tabStop(): string {
    if (this.marks.some((m) => m.key === this.focusKey)) return this.focusKey;
    let west: Mark | undefined;
    for (const mark of this.marks) if (!west || mark.x < west.x) west = mark;
    return west?.key ?? "";
  }

  protected override updated(changed: PropertyValues): void {
    const map = this.renderRoot.querySelector(".map");
    if (map) this.resize?.observe(map);
    if (this.ready && (changed.has("features") || changed.has("fetched") || changed.has("area") || changed.has("failed"))) {
      this.emit("kfd-map-loaded", { features: this.features.length });
    }
  }

  private async fetchFeatures(): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.failed = false;
    this.fetched = false;
    try {
      const collection = await getMap(apiOptions(this.api), { signal: abort.signal });
      this.features = collection.features;
      this.fetched = true;
    } catch (error) {
      if (abort.signal.aborted) return;
      this.failed = true;
      this.emit("kfd-error", { code: isKfdError(error) ? error.code : "network_error", status: isKfdError(error) ? error.status : 0 });
    }
  }

  private async fetchRegion(): Promise<void> {
    try {
      this.area = await loadRegion(this.region, this.api);
    } catch {
      this.failed = true;
      this.emit("kfd-error", { code: "region_unavailable", status: 0 });
    }
  }

  /** Fits the projection to the region and every dialogue (not only the filtered ones, so filtering never moves the map). */
  private project(): void {
    if (!this.area) return;
    const coordinates = this.features.map((f) => f.geometry.coordinates);
    const extent = unionExtent(this.area.extent, extentOfPoints(coordinates)) ?? [5.9, 47.3, 15, 55];
    // Drawing the region costs more than all the dialogues: only when the extent changed.
    const fit = [this.area, extent.join()];
    if (fit.some((value, i) => value !== this.fit[i])) {
      this.fit = fit;
      const p = (this.projection = fitProjection(extent)).project;
      this.areaPaths = this.area.areas.map((a) => ({ ags: a.ags, name: a.name, d: pathOf(a.polygons, p) }));
      this.outlinePath = pathOf(this.area.outline, p);
    }
    const p = this.projection!.project;
    this.points = new Map(this.features.map((f) => [f.id, p(f.geometry.coordinates[0], f.geometry.coordinates[1])]));
    this.view = undefined;
  }

  private get currentView(): View {
    return this.view ?? { x: 0, y: 0, width: this.projection?.width ?? 1000 };
  }

  private get aspect(): number {
    return this.projection ? this.projection.height / this.projection.width : 1;
  }

  /** CSS pixels per view unit at the current zoom. */
  private get pixelScale(): number {
    return this.mapWidth / this.currentView.width;
  }

  /**
   * Groups the dialogues that would overlap at the current size. A group that zooming in could
   * separate becomes a cluster; one that no zoom separates (several dialogues of one town) is
   * spread on a ring around its point.
   */
  private computeMarks(features: readonly MapFeature[] = this.shown, view: View = this.currentView): Mark[] {
    const scale = this.mapWidth / view.width;
    const maxScale = (this.mapWidth * MAX_ZOOM) / (this.projection?.width ?? 1000);
    // Indexes, not destructuring: on a cold page, destructuring 1,101 points costs milliseconds.
    const placed: Placed<MapFeature>[] = features.map((f) => {
      const point = this.points.get(f.id);
      return { item: f, x: point?.[0] ?? 0, y: point?.[1] ?? 0 };
    });
    const marks: Mark[] = [];
    for (const group of groupByDistance(placed, CLUSTER_DISTANCE / scale)) {
      const first = group.items[0];
      if (!first) continue;
      if (group.items.length === 1) {
        marks.push({ type: "marker", key: markKey(first.id), feature: first, x: group.x, y: group.y });
      } else if (group.span * maxScale >= CLUSTER_DISTANCE && scale < maxScale * 0.99) {
        marks.push({ type: "cluster", key: `c-${first.id}`, features: group.items, x: group.x, y: group.y });
      } else {
        const ring = spreadAround(group.x, group.y, group.items.length, (MARK_SIZE * 1.4) / scale);
        group.items.forEach((f, i) => {
          const [x, y] = ring[i] ?? [group.x, group.y];
          marks.push({ type: "marker", key: markKey(f.id), feature: f, x, y, from: [group.x, group.y] });
        });
      }
    }
    return marks;
  }

  // ——— interaction ———

  private select(feature: MapFeature | undefined): void {
    this.selected = feature?.id ?? "";
    if (feature) {
      this.focusKey = markKey(feature.id);
      this.emit("kfd-map-select", { id: feature.id, slug: feature.properties.slug });
    }
  }

  private setView(view: View | undefined): void {
    if (!view || !this.projection) {
      this.view = undefined;
      return;
    }
    const full = this.projection;
    const width = Math.min(full.width, Math.max(full.width / MAX_ZOOM, view.width));
    const height = width * this.aspect;
    const x = Math.min(full.width - width, Math.max(0, view.x));
    const y = Math.min(full.height - height, Math.max(0, view.y));
    this.view = width >= full.width ? undefined : { x, y, width };
  }

  private zoomAround(cx: number, cy: number, factor: number): void {
    const width = this.currentView.width / factor;
    this.setView({ x: cx - width / 2, y: cy - (width * this.aspect) / 2, width });
  }

  private zoomBy(factor: number): void {
    const v = this.currentView;
    const focused = this.marks.find((m) => m.key === this.focusKey);
    const inView = focused && focused.x >= v.x && focused.x <= v.x + v.width && focused.y >= v.y && focused.y <= v.y + v.width * this.aspect;
    this.zoomAround(inView ? focused.x : v.x + v.width / 2, inView ? focused.y : v.y + (v.width * this.aspect) / 2, factor);
  }

  /** Zooms to a cluster's dialogues and moves the focus to the first of them. */
  private async openCluster(mark: Extract<Mark, { type: "cluster" }>): Promise<void> {
    const [x0, y0, x1, y1] = extentOfPoints(mark.features.map((f) => this.points.get(f.id) ?? [mark.x, mark.y]))!;
    const margin = CLUSTER_DISTANCE / this.pixelScale;
    const width = Math.max(x1 - x0 + 2 * margin, (y1 - y0 + 2 * margin) / this.aspect, this.currentView.width / 8);
    const cx = (x0 + x1) / 2;
    const cy = (y0 + y1) / 2;
    this.setView({ x: cx - width / 2, y: cy - (width * this.aspect) / 2, width: Math.min(width, this.currentView.width / 2) });
    await this.moveFocusTo(mark.features[0]);
  }

  /** Zooms in until `feature` has a marker of its own, selects it and focuses it. */
  private async showOnMap(feature: MapFeature): Promise<void> {
    const [x, y] = this.points.get(feature.id) ?? [0, 0];
    let view = this.currentView;
    const isAlone = (v: View) => this.computeMarks(this.shown, v).some((m) => m.type === "marker" && m.feature.id === feature.id);
    while (!isAlone(view) && view.width > (this.projection?.width ?? 1000) / MAX_ZOOM) {
      const width = view.width / 2;
      view = { x: x - width / 2, y: y - (width * this.aspect) / 2, width };
    }
    this.setView(view);
    this.select(feature);
    await this.moveFocusTo(feature);
  }

  private async moveFocusTo(feature: MapFeature | undefined): Promise<void> {
    await this.updateComplete;
    const mark = feature && this.marks.find((m) => (m.type === "marker" ? m.feature.id === feature.id : m.features.includes(feature)));
    if (!mark) return;
    this.focusKey = mark.key;
    await this.updateComplete;
    this.markElement(mark.key)?.focus();
  }

  private markElement(key: string): SVGElement | null {
    return this.renderRoot.querySelector(`[data-key="${CSS.escape(key)}"]`);
  }

  private async showInTable(feature: MapFeature): Promise<void> {
    this.rowLimit = Infinity;
    await this.updateComplete;
    const row = this.renderRoot.querySelector(`#${CSS.escape(rowId(feature))}`);
    row?.scrollIntoView({ block: "nearest" });
    row?.querySelector<HTMLElement>("button")?.focus();
  }

  private activate(mark: Mark): void {
    if (mark.type === "cluster") void this.openCluster(mark);
    else this.select(this.selected === mark.feature.id ? undefined : mark.feature);
  }

  private markOf(event: Event): Mark | undefined {
    const element = (event.target as Element).closest?.("[data-key]");
    const key = element?.getAttribute("data-key");
    return key ? this.marks.find((m) => m.key === key) : undefined;
  }

  private onMarksClick = (event: MouseEvent): void => {
    const mark = this.markOf(event);
    if (mark && !this.drag?.moved) this.activate(mark);
  };

  /** One tab stop for all marks; arrows move east/west (→ ←) or south/north (↓ ↑) to the nearest next mark. */
  private onMarksKeydown = (event: KeyboardEvent): void => {
    const mark = this.markOf(event);
    if (!mark) return;
    const axis = event.key === "ArrowLeft" || event.key === "ArrowRight" ? "x" : event.key === "ArrowUp" || event.key === "ArrowDown" ? "y" : "";
    if (axis) {
      event.preventDefault();
      const forward = event.key === "ArrowRight" || event.key === "ArrowDown";
      const ordered = [...this.marks].sort((a, b) => a[axis] - b[axis] || a[axis === "x" ? "y" : "x"] - b[axis === "x" ? "y" : "x"]);
      const next = ordered[ordered.indexOf(mark) + (forward ? 1 : -1)];
      if (next) this.focusMark(next);
    } else if (event.key === "Home" || event.key === "End") {
      event.preventDefault();
      const ordered = [...this.marks].sort((a, b) => a.x - b.x);
      const next = event.key === "Home" ? ordered[0] : ordered[ordered.length - 1];
      if (next) this.focusMark(next);
    } else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      this.activate(mark);
    }
  };

  private onMapKeydown = (event: KeyboardEvent): void => {
    if (event.key === "+" || event.key === "=") this.zoomBy(2);
    else if (event.key === "-") this.zoomBy(0.5);
    else if (event.key === "Escape" && this.selected) {
      const feature = this.features.find((f) => f.id === this.selected);
      this.selected = "";
      void this.moveFocusTo(feature);
    } else return;
    event.preventDefault();
  };

  /** Focuses a mark, moving the view when it lies outside, so arrow keys can travel the whole map. */
  private focusMark(mark: Mark): void {
    const v = this.currentView;
    const height = v.width * this.aspect;
    if (this.view && (mark.x < v.x || mark.x > v.x + v.width || mark.y < v.y || mark.y > v.y + height)) {
      this.setView({ x: mark.x - v.width / 2, y: mark.y - height / 2, width: v.width });
      void this.moveFocusTo(mark.type === "marker" ? mark.feature : mark.features[0]);
      return;
    }
    this.focusKey = mark.key;
    this.markElement(mark.key)?.focus();
  }

  private onPointerDown = (event: PointerEvent): void => {
    if (!this.view || event.button !== 0) return;
    this.drag = { x: event.clientX, y: event.clientY, view: this.view, moved: false };
  };

  private onPointerMove = (event: PointerEvent): void => {
    const drag = this.drag;
    if (!drag) return;
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < 4) return;
    if (!drag.moved) (event.currentTarget as Element).setPointerCapture(event.pointerId);
    drag.moved = true;
    const scale = this.pixelScale;
    this.setView({ x: drag.view.x - dx / scale, y: drag.view.y - dy / scale, width: drag.view.width });
  };

  private onPointerUp = (): void => {
    // The click that ends a drag must not select the mark under the pointer.
    setTimeout(() => (this.drag = undefined));
  };

  private setFilter(name: keyof MapFilter, event: Event): void {
    this.filter = { ...this.filter, [name]: (event.target as HTMLSelectElement).value };
  }

  private sortBy(key: SortKey): void {
    this.sort = { key, descending: this.sort.key === key ? !this.sort.descending : key === "year" };
  }

  // ——— rendering ———

  private number = (n: number) => formatNumber(this.locale, n);

  private kindLabel = (f: MapFeature) => t(`kind.${f.properties.kind}`);

  private topicsOf = (p: MapFeatureProperties) => p.topics.map(topicLabel).join(", ");

  private markerLabel(f: MapFeature): string {
    const p = f.properties;
    const kind = this.kindLabel(f);
    return p.year === null
      ? msg(str`${p.municipality}, ${kind} – Flüchtlingsdialog`, { id: "map.markerNoYear" })
      : msg(str`${p.municipality}, ${kind} – Flüchtlingsdialog ${String(p.year)}`, { id: "map.marker" });
  }

  private clusterLabel(features: MapFeature[]): string {
    // Plain loops and a plain enumeration: on a cold page, hundreds of clusters are labelled by
    // code not yet compiled, and Intl.ListFormat costs milliseconds to create.
    const names: string[] = [];
    for (const f of features) {
      if (!names.includes(f.properties.municipality)) names.push(f.properties.municipality);
      if (names.length > 3) break;
    }
    const list = (names.length > 3 ? [...names.slice(0, 3), "…"] : names).join(this.dir === "rtl" ? "، " : ", ");
    const count = this.number(features.length);
    return msg(str`${count} Dialoge: ${list} – zum Vergrößern auswählen`, { id: "map.cluster" });
  }

  private steckbriefUrl(f: MapFeature): string {
    const slug = encodeURIComponent(f.properties.slug);
    if (this.link) return this.link.replace("{slug}", slug);
    const base = this.api.trim().replace(/\/+$/, "");
    return `${base}/steckbrief/${slug}${this.locale === "de" ? "" : `?lang=${this.locale}`}`;
  }

  private markLabel = (mark: Mark): string => (mark.type === "cluster" ? this.clusterLabel(mark.features) : this.markerLabel(mark.feature));

  /** Lines from a place to the markers spread around it, all in one path. */
  private leaders(): string {
    let d = "";
    for (const m of this.marks) if (m.type === "marker" && m.from) d += `M${m.from[0]} ${m.from[1]}L${m.x} ${m.y}`;
    return d;
  }

  private renderTiles(view: View) {
    if (!this.tiles || !this.projection) return nothing;
    return svg`<g class="tiles" aria-hidden="true">${tilesFor(this.tiles, this.projection, view, this.mapWidth).map(
      (tile) => svg`<image href=${tile.href} x=${tile.x} y=${tile.y} width=${tile.size} height=${tile.size} preserveAspectRatio="none"></image>`,
    )}</g>`;
  }

  private renderMap(choropleth: Choropleth | undefined) {
    const projection = this.projection!;
    const view = this.currentView;
    const height = view.width * this.aspect;
    return html`<div class="map-frame">
      <div class="map ${this.tiles ? "with-tiles" : ""} ${this.view ? "zoomed" : ""}" part="map" @keydown=${this.onMapKeydown}>
        <svg
          class="canvas"
          viewBox="${view.x} ${view.y} ${view.width} ${height}"
          role="group"
          aria-label=${t("label")}
          aria-describedby="keyboard-hint"
          @pointerdown=${this.onPointerDown}
          @pointermove=${this.onPointerMove}
          @pointerup=${this.onPointerUp}
          @pointercancel=${this.onPointerUp}
        >
          ${this.renderTiles(view)}
          <g class="areas" aria-hidden="true">
            ${this.areaPaths.map(
              (a) => svg`<path class="area shade-${choropleth?.shade(a.ags) ?? 0}" d=${a.d}><title>${a.name}${choropleth ? `: ${this.number(choropleth.count(a.ags))}` : ""}</title></path>`,
            )}
            <path class="outline" d=${this.outlinePath}></path>
          </g>
          <path class="leaders" d=${this.leaders()}></path>
          <g class="marks" @click=${this.onMarksClick} @keydown=${this.onMarksKeydown}></g>
          <g class="counts" aria-hidden="true"></g>
        </svg>
        <div class="zoom" part="zoom-controls">
          <button type="button" class="zoom-button" aria-label=${t("zoomIn")} title=${t("zoomIn")} ?disabled=${view.width <= projection.width / MAX_ZOOM + 1e-9} @click=${() => this.zoomBy(2)}>+</button>
          <button type="button" class="zoom-button" aria-label=${t("zoomOut")} title=${t("zoomOut")} ?disabled=${!this.view} @click=${() => this.zoomBy(0.5)}>−</button>
          <button type="button" class="zoom-button" aria-label=${t("zoomReset")} title=${t("zoomReset")} ?disabled=${!this.view} @click=${() => this.setView(undefined)}>⤢</button>
        </div>
      </div>
      <p class="visually-hidden" id="keyboard-hint">${t("keyboardHint")}</p>
      <p class="attribution" part="attribution">${t("source")}: ${ATTRIBUTION}${this.tiles && this.attribution ? ` · ${this.attribution}` : ""}</p>
    </div>`;
  }

  private renderLegend(choropleth: Choropleth | undefined) {
    const kinds = (["gemeinde", "stadt", "landkreis"] as const).map(
      (kind) => html`<li><svg class="legend-icon marker ${kind}" viewBox="-9 -9 18 18" aria-hidden="true"><path class="shape" d=${SHAPES[kind]}></path></svg>${t(`kind.${kind}`)}</li>`,
    );
    return html`<div class="legend" part="legend">
      <p class="legend-title">${t("legend")}</p>
      <ul class="legend-list">${kinds}</ul>
      ${choropleth ? this.renderChoroplethLegend(choropleth) : nothing}
    </div>`;
  }

  private renderChoroplethLegend({ steps, count }: Choropleth) {
    const kreise = this.areaPaths.filter((a) => count(a.ags) > 0).sort((a, b) => count(b.ags) - count(a.ags));
    return html`<p class="legend-title">${t("perKreis")}</p>
      <ul class="legend-list">
        ${steps.map(
          (s) => html`<li><svg class="legend-icon" viewBox="0 0 18 18" aria-hidden="true"><rect class="area shade-${s.shade}" width="18" height="18"></rect></svg>${s.from === s.to ? this.number(s.from) : `${this.number(s.from)}–${this.number(s.to)}`}</li>`,
        )}
      </ul>
      <details class="kreis-table">
        <summary>${t("perKreis")} (${t("kreis")}: ${this.number(kreise.length)})</summary>
        <table>
          <thead><tr><th scope="col">${t("kreis")}</th><th scope="col">${t("dialogues")}</th></tr></thead>
          <tbody>${kreise.map((a) => html`<tr><th scope="row">${a.name}</th><td>${this.number(count(a.ags))}</td></tr>`)}</tbody>
        </table>
      </details>`;
  }

  private renderFilters() {
    const options = this.options;
    const select = (name: keyof MapFilter, values: Array<[string, string]>) =>
      html`<label class="filter"><span class="filter-label">${t(name as MapMessageKey)}</span>
        <select @change=${(e: Event) => this.setFilter(name, e)}>
          <option value="" ?selected=${this.filter[name] === ""}>${t("all")}</option>
          ${values.map(([value, label]) => html`<option value=${value} ?selected=${this.filter[name] === value}>${label}</option>`)}
        </select></label>`;
    return html`<form class="filters" part="filters" aria-label=${t("filters")} @submit=${(e: Event) => e.preventDefault()}>
      ${select(
        "topic",
        options.topics.map((s) => [s, topicLabel(s)] as [string, string]).sort((a, b) => a[1].localeCompare(b[1], this.locale)),
      )}
      ${select("phase", options.phases.map((p) => [p, t(`phase.${p}`)]))}
      ${select("year", options.years.map((y) => [String(y), String(y)]))}
      <p class="count" role="status">${msg(str`${this.number(this.shown.length)} von ${this.number(this.features.length)} Dialogen`, { id: "map.count" })}</p>
    </form>`;
  }

  private renderPanel() {
    const f = this.shown.find((x) => x.id === this.selected);
    if (!f) return nothing;
    const p = f.properties;
    const level = String(Math.min(6, Math.max(1, Math.round(Number(this.headingLevel)) || 2)));
    const card = customElements.get("kfd-steckbrief-card");
    const body = card
      ? html`<kfd-steckbrief-card variant="compact" api=${this.api} dialogue=${p.slug} lang=${this.locale} heading-level=${level}></kfd-steckbrief-card>`
      : html`<div class="panel-title" id="panel-title" role="heading" aria-level=${level}>${p.title}</div>
          <p>${p.municipality} <span class="badge">${this.kindLabel(f)}</span>${p.demo ? html` <span class="badge">${t("example")}</span>` : nothing}</p>
          <dl class="facts">
            <div><dt>${t("year")}</dt><dd>${p.year ?? t("notStated")}</dd></div>
            <div><dt>${t("phase")}</dt><dd>${t(`phase.${p.phase}`)}</dd></div>
            ${p.topics.length > 0 ? html`<div><dt>${t("topics")}</dt><dd>${this.topicsOf(p)}</dd></div>` : nothing}
            ${p.participantCount !== null ? html`<div><dt>${t("participants")}</dt><dd>${this.number(p.participantCount)}</dd></div>` : nothing}
          </dl>
          <p><a href=${this.steckbriefUrl(f)} target="_blank" rel="noopener">${t("openSteckbrief")}</a></p>`;
    return html`<section class="panel" part="panel" aria-label=${p.title}>
      ${body}
      <p class="panel-actions">
        <button type="button" class="button secondary" @click=${() => void this.showInTable(f)}>${t("showInTable")}</button>
        <button type="button" class="button secondary" @click=${() => void this.moveFocusTo(f).then(() => (this.selected = ""))}>${t("close")}</button>
      </p>
    </section>`;
  }

  private renderTable() {
    const total = this.shown.length;
    const header = (key: SortKey, label: string) => {
      const active = this.sort.key === key;
      return html`<th scope="col" aria-sort=${active ? (this.sort.descending ? "descending" : "ascending") : "none"}>
        <button type="button" class="sort" @click=${() => this.sortBy(key)}>${label}<span class="sort-mark" aria-hidden="true">${active ? (this.sort.descending ? "▼" : "▲") : "↕"}</span></button>
      </th>`;
    };
    const labels: Record<SortKey, string> = { municipality: t("municipality"), kind: t("kind"), year: t("year"), phase: t("phase"), topics: t("topics") };
    return html`<div class="table-box" part="table">
      <table>
        <caption>${t("table")}</caption>
        <thead><tr>${SORT_KEYS.map((key) => header(key, labels[key]))}</tr></thead>
        <tbody>
          ${sortFeatures(this.shown, this.sort, this.locale, this.topicsOf, this.rowLimit).map((f) => {
            const p = f.properties;
            const selected = f.id === this.selected;
            return html`<tr id=${rowId(f)} class=${selected ? "selected" : ""} aria-current=${selected ? "true" : "false"}>
              <th scope="row">
                <button type="button" class="row-link" data-id=${f.id} title=${t("showOnMap")} @click=${() => void this.showOnMap(f)}>${p.municipality}</button>
                <span class="row-title">${p.title}</span>
              </th>
              <td>${this.kindLabel(f)}</td>
              <td>${p.year ?? "–"}</td>
              <td>${t(`phase.${p.phase}`)}</td>
              <td>${this.topicsOf(p)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
      ${total > this.rowLimit
        ? html`<p class="more-rows"><button type="button" class="button secondary" @click=${() => (this.rowLimit = Infinity)}>
            ${msg(str`Alle ${this.number(total)} Dialoge anzeigen`, { id: "map.showAll" })}
          </button></p>`
        : nothing}
    </div>`;
  }

  protected override render(): TemplateResult {
    if (!this.ready) {
      const failed = this.failed;
      return html`<div class="root" part="base" lang=${this.locale} aria-busy=${failed ? "false" : "true"}>
        <p class="message" role=${failed ? "alert" : "status"}>${failed ? t("error") : t("loading")}</p>
        ${failed ? html`<button type="button" class="button secondary" @click=${() => this.retry()}>${t("retry")}</button>` : nothing}
      </div>`;
    }
    const choropleth = this.choropleth ? this.choroplethOf() : undefined;
    return html`<div class="root" part="base" lang=${this.locale}>
      ${this.renderFilters()} ${this.renderMap(choropleth)} ${this.renderLegend(choropleth)} ${this.renderPanel()}
      ${this.shown.length === 0 ? html`<p class="message">${t("empty")}</p>` : this.renderTable()}
    </div>`;
  }

  /** The dialogues shown per Kreis, and the shades' steps. */
  private choroplethOf(): Choropleth {
    const counts = countByKreis(this.shown);
    const count = (ags: string) => counts.get(ags) ?? 0;
    const steps = stepsFor(Math.max(0, ...this.areaPaths.map((a) => count(a.ags))));
    return { steps, count, shade: (ags) => shadeOf(count(ags), steps) };
  }

  private retry(): void {
    this.failed = false;
    if (!this.area) void this.fetchRegion();
    if (!this.data) void this.fetchFeatures();
  }
}
