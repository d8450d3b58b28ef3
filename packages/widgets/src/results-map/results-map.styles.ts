import { css } from "lit";

export const resultsMapStyles = css`
  :host {
    --_kfd-map-land: var(--kfd-map-land, #e6edf2);
    --_kfd-map-border: var(--kfd-map-border, #8796a5);
    --_kfd-map-outline: var(--kfd-map-outline, #4b5866);
    --_kfd-map-gemeinde: var(--kfd-map-gemeinde, #00557f);
    --_kfd-map-stadt: var(--kfd-map-stadt, #9a3412);
    --_kfd-map-landkreis: var(--kfd-map-landkreis, #6b21a8);
    --_kfd-map-cluster: var(--kfd-map-cluster, #1b2631);
  }

  .root {
    display: grid;
    gap: var(--_kfd-space-m);
    max-inline-size: var(--kfd-max-inline-size, 60em);
  }

  .message {
    margin: 0;
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_kfd-space-s) var(--_kfd-space-m);
  }

  .filter {
    display: grid;
    gap: var(--_kfd-space-xs);
    font-size: var(--_kfd-font-size-small);
    font-weight: 600;
  }

  select {
    min-block-size: 44px;
    min-inline-size: 9em;
    max-inline-size: 18em;
    padding-inline: var(--_kfd-space-s);
    font: inherit;
    font-weight: 400;
    color: var(--_kfd-color-text);
    background: var(--_kfd-color-surface);
    border: 1px solid var(--_kfd-color-border);
    border-radius: var(--_kfd-radius);
  }

  .count {
    margin: 0;
    margin-inline-start: auto;
    font-size: var(--_kfd-font-size-small);
    color: var(--_kfd-color-muted);
  }

  /* Geography is not mirrored in right-to-left languages; the controls around it are. */
  .map {
    position: relative;
    overflow: hidden;
    background: var(--_kfd-color-surface-alt);
    border: 1px solid var(--_kfd-color-border);
    border-radius: var(--_kfd-radius);
  }

  .canvas {
    display: block;
    inline-size: 100%;
    block-size: auto;
    user-select: none;
  }

  .zoomed .canvas {
    cursor: grab;
    touch-action: none;
  }

  .area {
    fill: var(--_kfd-map-land);
    stroke: var(--_kfd-map-border);
    stroke-width: 0.75px;
    vector-effect: non-scaling-stroke;
  }

  .with-tiles .area.shade-0 {
    fill: transparent;
  }

  .area.shade-1 {
    fill: var(--kfd-map-shade-1, #c6dbef);
  }
  .area.shade-2 {
    fill: var(--kfd-map-shade-2, #9ecae1);
  }
  .area.shade-3 {
    fill: var(--kfd-map-shade-3, #5a9fd0);
  }
  .area.shade-4 {
    fill: var(--kfd-map-shade-4, #2f6fa8);
  }

  .outline {
    fill: none;
    stroke: var(--_kfd-map-outline);
    stroke-width: 1.5px;
    vector-effect: non-scaling-stroke;
    pointer-events: none;
  }

  .mark {
    cursor: pointer;
  }

  .mark:focus {
    outline: none;
  }

  .marker.shape,
  .legend-icon.marker .shape {
    stroke: #ffffff;
    stroke-width: 1.5px;
  }

  .marker.gemeinde,
  .marker.gemeinde .shape {
    fill: var(--_kfd-map-gemeinde);
  }
  .marker.stadt,
  .marker.stadt .shape {
    fill: var(--_kfd-map-stadt);
  }
  .marker.landkreis,
  .marker.landkreis .shape {
    fill: var(--_kfd-map-landkreis);
  }

  .marker.selected {
    stroke: var(--_kfd-color-text);
    stroke-width: 3px;
  }

  .leaders {
    fill: none;
    stroke: var(--_kfd-map-cluster);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
    pointer-events: none;
  }

  .cluster {
    fill: var(--_kfd-map-cluster);
    stroke: #ffffff;
    stroke-width: 2px;
  }

  .counts {
    fill: #ffffff;
    font-family: var(--_kfd-font-family);
    font-size: 11px;
    font-weight: 700;
    text-anchor: middle;
    pointer-events: none;
  }

  .mark:focus-visible {
    stroke: var(--_kfd-color-focus);
    stroke-width: 4px;
  }

  .zoom {
    position: absolute;
    inset-block-start: var(--_kfd-space-s);
    inset-inline-end: var(--_kfd-space-s);
    display: grid;
    gap: var(--_kfd-space-xs);
  }

  .zoom-button {
    inline-size: 44px;
    block-size: 44px;
    font: inherit;
    font-size: 22px;
    line-height: 1;
    color: var(--_kfd-color-text);
    background: var(--_kfd-color-surface);
    border: 1px solid var(--_kfd-color-border);
    border-radius: var(--_kfd-radius);
    cursor: pointer;
  }

  .zoom-button[disabled] {
    color: var(--_kfd-color-muted);
    cursor: default;
  }

  .attribution {
    margin-block-start: var(--_kfd-space-xs);
    font-size: var(--_kfd-font-size-small);
    color: var(--_kfd-color-muted);
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_kfd-space-xs) var(--_kfd-space-m);
    font-size: var(--_kfd-font-size-small);
  }

  .legend-title {
    font-weight: 700;
  }

  .legend-list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kfd-space-xs) var(--_kfd-space-m);
    list-style: none;
  }

  .legend-list li {
    display: inline-flex;
    align-items: center;
    gap: var(--_kfd-space-xs);
  }

  .legend-icon {
    inline-size: 18px;
    block-size: 18px;
  }

  .kreis-table {
    flex-basis: 100%;
  }

  .panel {
    display: grid;
    gap: var(--_kfd-space-s);
    padding: var(--_kfd-space-m);
    background: var(--_kfd-color-surface-alt);
    border: 1px solid var(--_kfd-color-border);
    border-radius: var(--_kfd-radius);
  }

  .panel-title {
    font-size: var(--_kfd-font-size-large);
    font-weight: 700;
    line-height: 1.25;
  }

  .badge {
    display: inline-block;
    padding-inline: var(--_kfd-space-s);
    font-size: var(--_kfd-font-size-small);
    background: var(--_kfd-color-surface);
    border: 1px solid var(--_kfd-color-border);
    border-radius: var(--_kfd-radius);
  }

  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(10em, 1fr));
    gap: var(--_kfd-space-s);
  }

  dt {
    font-size: var(--_kfd-font-size-small);
    font-weight: 600;
    color: var(--_kfd-color-muted);
  }

  dd {
    margin: 0;
  }

  .panel-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kfd-space-s);
  }

  /* Below the map, often off screen: its layout waits until it is scrolled near. */
  .table-box {
    content-visibility: auto;
    contain-intrinsic-size: auto 30em;
    max-block-size: 30em;
    overflow: auto;
    border: 1px solid var(--_kfd-color-border);
    border-radius: var(--_kfd-radius);
  }

  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: var(--_kfd-font-size-small);
  }

  caption {
    padding: var(--_kfd-space-s);
    font-weight: 700;
    text-align: start;
  }

  th,
  td {
    padding-block: var(--_kfd-space-xs);
    padding-inline: var(--_kfd-space-s);
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid var(--_kfd-color-surface-alt);
  }

  thead th {
    position: sticky;
    inset-block-start: 0;
    background: var(--_kfd-color-surface);
    border-block-end: 2px solid var(--_kfd-color-border);
  }

  .sort,
  .row-link {
    padding: 0;
    font: inherit;
    text-align: start;
    background: none;
    border: 0;
    cursor: pointer;
  }

  .sort {
    display: inline-flex;
    gap: var(--_kfd-space-xs);
    min-block-size: 32px;
    align-items: center;
    font-weight: 700;
    color: var(--_kfd-color-text);
  }

  .row-link {
    font-weight: 600;
    color: var(--_kfd-color-primary);
    text-decoration: underline;
  }

  .row-title {
    display: block;
    font-weight: 400;
    color: var(--_kfd-color-muted);
  }

  tr.selected {
    background: var(--_kfd-color-surface-alt);
    box-shadow: inset 4px 0 0 var(--_kfd-color-primary);
  }

  details summary {
    cursor: pointer;
  }
`;
