import { css } from "lit";

export const statsStyles = css`
  .stats {
    overflow-wrap: anywhere;
  }
  .title {
    font-size: 22px;
    font-weight: 700;
    line-height: 1.25;
  }
  .generated {
    font-size: var(--_kfd-font-size-small);
    margin-block-end: var(--_kfd-space-m);
  }
  .body,
  .section {
    display: grid;
    gap: var(--_kfd-space-m);
  }
  .section + .section {
    padding-block-start: var(--_kfd-space-m);
    border-block-start: 1px solid var(--_kfd-color-border);
  }
  .section-title {
    font-size: 18px;
    font-weight: 700;
    line-height: 1.3;
  }
  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kfd-space-s);
  }
  .figure {
    display: flex;
    flex-direction: column;
    min-inline-size: 8em;
    padding-block: var(--_kfd-space-s);
    padding-inline: 12px;
    border-radius: var(--_kfd-radius);
    background: var(--_kfd-color-surface-alt);
  }
  dt {
    color: var(--_kfd-color-muted);
    font-size: var(--_kfd-font-size-small);
  }
  dd {
    font-size: var(--_kfd-font-size-large);
    font-weight: 700;
  }
  .chart {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: var(--_kfd-font-size-small);
  }
  caption {
    text-align: start;
    font-size: var(--_kfd-font-size);
    font-weight: 700;
    padding-block-end: var(--_kfd-space-xs);
  }
  th,
  td {
    padding-block: var(--_kfd-space-xs);
    padding-inline: 0 var(--_kfd-space-s);
    text-align: start;
    vertical-align: middle;
    border-block-end: 1px solid var(--_kfd-color-surface-alt);
  }
  thead th {
    color: var(--_kfd-color-muted);
    font-weight: 400;
    border-block-end-color: var(--_kfd-color-border);
  }
  tbody th {
    font-weight: 400;
    inline-size: 40%;
  }
  .cell {
    display: flex;
    align-items: center;
    gap: var(--_kfd-space-s);
  }
  .track {
    flex: 1 1 auto;
    min-inline-size: 2em;
  }
  .bar {
    display: block;
    block-size: 14px;
    inline-size: calc(var(--_share, 0) * 100%);
    border-radius: 2px;
    background: var(--kfd-color-bar, var(--_kfd-color-primary));
    /* Colours are dropped when printing; the outline keeps the bars. */
    outline: 1px solid transparent;
  }
  .value {
    flex: 0 0 4.5em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .progress-text {
    font-weight: 600;
  }
  .progress {
    block-size: 14px;
  }
  .note,
  .export {
    margin-block-start: var(--_kfd-space-m);
    font-size: var(--_kfd-font-size-small);
  }
  .note {
    color: var(--_kfd-color-muted);
  }
  .export {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kfd-space-s) var(--_kfd-space-m);
    padding-block-start: 12px;
    border-block-start: 1px solid var(--_kfd-color-border);
  }
  .message {
    display: grid;
    gap: var(--_kfd-space-s);
    justify-items: start;
  }
  @media print {
    .bar {
      outline-color: currentColor;
    }
    .section {
      break-inside: avoid;
    }
  }
`;
