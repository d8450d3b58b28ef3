import { css } from "lit";

export const registrationFormStyles = css`
  .event {
    display: grid;
    gap: var(--_kfd-space-s);
    margin-block-end: var(--_kfd-space-m);
  }

  .heading {
    font-size: var(--_kfd-font-size-large);
    font-weight: 700;
    line-height: 1.25;
  }

  /* One grid for all rows, so every value starts at the same line. */
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_kfd-space-xs) var(--_kfd-space-m);
    margin: 0;
  }

  .facts > div {
    display: contents;
  }

  .facts dt {
    font-weight: 600;
  }

  .facts dd {
    margin: 0;
  }

  .description {
    white-space: pre-line;
  }

  form {
    display: grid;
    gap: var(--_kfd-space-m);
    border-block-start: 1px solid var(--_kfd-color-border);
    padding-block-start: var(--_kfd-space-m);
  }

  .field {
    display: grid;
    gap: var(--_kfd-space-xs);
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }

  legend {
    font-weight: 600;
    margin-block-end: var(--_kfd-space-xs);
  }

  label {
    display: block;
    font-weight: 600;
  }

  .check {
    display: flex;
    align-items: flex-start;
    gap: var(--_kfd-space-s);
  }

  .check label {
    font-weight: 400;
  }

  input[type="text"],
  input[type="email"],
  input[type="number"],
  select,
  textarea {
    inline-size: 100%;
    min-block-size: 44px;
    padding-block: var(--_kfd-space-s);
    padding-inline: var(--_kfd-space-s);
    font: inherit;
    color: var(--_kfd-color-text);
    background: var(--_kfd-color-surface);
    border: 1px solid var(--_kfd-color-border);
    border-radius: var(--_kfd-radius);
  }

  input[type="number"] {
    inline-size: 8em;
  }

  :is(input, select, textarea)[aria-invalid="true"] {
    border-color: var(--_kfd-color-danger);
    border-width: 2px;
  }

  input[type="checkbox"] {
    flex: none;
    inline-size: 22px;
    block-size: 22px;
    margin: 0;
    margin-block-start: 2px;
    accent-color: var(--_kfd-color-primary);
  }


  .hint {
    font-size: var(--_kfd-font-size-small);
    color: var(--_kfd-color-muted);
  }

  .error {
    color: var(--_kfd-color-danger);
    font-weight: 600;
  }

  .notice {
    padding-block: var(--_kfd-space-s);
    padding-inline: var(--_kfd-space-m);
    border-inline-start: 4px solid currentColor;
    border-radius: var(--_kfd-radius);
  }

  .notice.success {
    color: var(--_kfd-color-success);
    background: var(--_kfd-color-success-surface);
  }

  .notice.warning {
    color: var(--_kfd-color-warning);
    background: var(--_kfd-color-warning-surface);
  }

  .notice.danger {
    color: var(--_kfd-color-danger);
    background: var(--_kfd-color-danger-surface);
  }

  .status:empty {
    display: none;
  }

  .status {
    margin-block-end: var(--_kfd-space-m);
  }

  .outcome,
  .confirm {
    display: grid;
    gap: var(--_kfd-space-m);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kfd-space-s);
  }

  /* The honeypot: out of sight for people (and clipped, so it never widens an RTL page), still in the form for bots. */
  .hp {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    opacity: 0;
  }

  :host {
    position: relative;
  }
`;
