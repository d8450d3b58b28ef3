import { css } from "lit";

/* Same class names and look as the server-rendered card (apps/api/src/embed). */
export const steckbriefCardStyles = css`
  .card {
    box-shadow: var(--kfd-card-shadow, 0 1px 3px rgb(0 0 0 / 0.08));
    overflow-wrap: anywhere;
  }
  .header {
    border-block-end: 1px solid var(--_kfd-color-border);
    padding-block-end: var(--_kfd-space-m);
    margin-block-end: var(--_kfd-space-m);
  }
  .eyebrow {
    font-size: var(--_kfd-font-size-small);
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_kfd-color-primary);
  }
  .title {
    margin-block: var(--_kfd-space-xs) var(--_kfd-space-s);
    font-size: 24px;
    font-weight: 700;
    line-height: 1.25;
  }
  .place {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
  }
  .place-name,
  .label,
  .measure-title,
  .contact-role,
  .progress-text {
    font-weight: 600;
  }
  .badge,
  .topic {
    padding-inline: 10px;
    border-radius: 999px;
    background: var(--_kfd-color-surface-alt);
    border: 1px solid var(--_kfd-color-border);
    font-size: var(--_kfd-font-size-small);
  }
  .phase {
    border-color: var(--_kfd-color-primary);
    color: var(--_kfd-color-primary);
  }
  .body {
    display: grid;
    gap: var(--_kfd-space-m);
  }
  .section-title {
    margin-block-end: 6px;
    font-size: 17px;
    font-weight: 700;
    line-height: 1.3;
  }
  .section p {
    margin-block-end: 6px;
  }
  .prose {
    white-space: pre-line;
  }
  :host([variant="compact"]) .prose {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
    overflow: hidden;
  }
  :host([variant="compact"]) .full-only {
    display: none;
  }
  .note {
    color: var(--_kfd-color-muted);
    font-size: var(--_kfd-font-size-small);
  }
  .figure {
    font-size: var(--_kfd-font-size-large);
    font-weight: 700;
  }
  .topics,
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kfd-space-s);
    list-style: none;
  }
  .counts {
    margin-block: var(--_kfd-space-s);
  }
  .count {
    display: flex;
    gap: 6px;
    padding-inline: 10px;
    border-radius: var(--_kfd-radius);
    background: var(--_kfd-color-surface-alt);
  }
  dt {
    color: var(--_kfd-color-muted);
  }
  dt::after {
    content: ":";
  }
  dd {
    font-weight: 700;
  }
  .measure-list,
  .plain-list {
    margin-block-start: var(--_kfd-space-s);
    padding-inline-start: 20px;
  }
  .meta {
    display: block;
    font-size: var(--_kfd-font-size-small);
    color: var(--_kfd-color-muted);
  }
  .status {
    font-size: 13px;
    padding-inline: 7px;
    border-radius: 999px;
    border: 1px solid currentColor;
    white-space: nowrap;
  }
  .done {
    color: var(--_kfd-color-success);
  }
  .contact {
    font-style: normal;
    display: grid;
  }
  .footer {
    margin-block-start: var(--_kfd-space-m);
    padding-block-start: 12px;
    border-block-start: 1px solid var(--_kfd-color-border);
  }
  .message {
    display: grid;
    gap: var(--_kfd-space-s);
    justify-items: start;
  }
  @media print {
    .card {
      box-shadow: none;
    }
    :host([variant="compact"]) .full-only {
      display: revert;
    }
    :host([variant="compact"]) .prose {
      display: block;
      overflow: visible;
    }
    .footer {
      display: none;
    }
    .section {
      break-inside: avoid;
    }
  }
`;
