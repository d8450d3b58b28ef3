import { css } from "lit";

/**
 * Design tokens and a reset that keeps the host page's CSS out.
 *
 * Public tokens (`--kfd-*`) are read once on `:host` into private aliases (`--_kfd-*`) that
 * the components use, so an embedder sets `--kfd-color-primary` anywhere above the widget.
 * Sizes are in px, never rem: a host page with `html { font-size: 62.5% }` must not shrink us.
 * Only logical properties (inline/block) are used so that Arabic and Farsi mirror by themselves.
 */
export const baseStyles = css`
  :host {
    all: initial;
    display: block;
    box-sizing: border-box;
    font-size: var(--kfd-font-size, 16px);
    --_kfd-font-family: var(--kfd-font-family, system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", Tahoma, sans-serif);
    --_kfd-font-size: var(--kfd-font-size, 16px);
    --_kfd-font-size-small: var(--kfd-font-size-small, 14px);
    --_kfd-font-size-large: var(--kfd-font-size-large, 20px);
    --_kfd-line-height: var(--kfd-line-height, 1.5);
    --_kfd-color-text: var(--kfd-color-text, #1b2631);
    --_kfd-color-muted: var(--kfd-color-muted, #4b5866);
    --_kfd-color-surface: var(--kfd-color-surface, #ffffff);
    --_kfd-color-surface-alt: var(--kfd-color-surface-alt, #f2f5f8);
    --_kfd-color-border: var(--kfd-color-border, #6b7885);
    --_kfd-color-primary: var(--kfd-color-primary, #00557f);
    --_kfd-color-primary-hover: var(--kfd-color-primary-hover, #003f5f);
    --_kfd-color-on-primary: var(--kfd-color-on-primary, #ffffff);
    --_kfd-color-focus: var(--kfd-color-focus, #c2410c);
    --_kfd-color-danger: var(--kfd-color-danger, #a3151b);
    --_kfd-color-danger-surface: var(--kfd-color-danger-surface, #fdecec);
    --_kfd-color-success: var(--kfd-color-success, #1d6b36);
    --_kfd-color-success-surface: var(--kfd-color-success-surface, #e9f6ee);
    --_kfd-color-warning: var(--kfd-color-warning, #7a4d00);
    --_kfd-color-warning-surface: var(--kfd-color-warning-surface, #fff5e0);
    --_kfd-radius: var(--kfd-radius, 6px);
    --_kfd-space-xs: var(--kfd-space-xs, 4px);
    --_kfd-space-s: var(--kfd-space-s, 8px);
    --_kfd-space-m: var(--kfd-space-m, 16px);
    --_kfd-space-l: var(--kfd-space-l, 24px);
    --_kfd-max-inline-size: var(--kfd-max-inline-size, 40em);
  }

  :host([hidden]) {
    display: none;
  }

  /* The page's "* { … }" rules reach the host and would be inherited: restate everything here. */
  .root {
    display: block;
    max-inline-size: var(--_kfd-max-inline-size);
    font-family: var(--_kfd-font-family);
    font-size: var(--_kfd-font-size);
    font-weight: 400;
    font-style: normal;
    line-height: var(--_kfd-line-height);
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    white-space: normal;
    color: var(--_kfd-color-text);
    background: var(--_kfd-color-surface);
    border: 1px solid var(--_kfd-color-border);
    border-radius: var(--_kfd-radius);
    padding-block: var(--_kfd-space-m);
    padding-inline: var(--_kfd-space-m);
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
    text-transform: none;
    line-height: inherit;
    letter-spacing: inherit;
  }

  h2,
  h3,
  p,
  ul,
  ol,
  dl,
  dd,
  fieldset,
  legend {
    margin: 0;
    padding: 0;
  }

  h2,
  h3 {
    font-size: var(--_kfd-font-size-large);
    font-weight: 700;
    line-height: 1.25;
  }

  a {
    color: var(--_kfd-color-primary);
    text-decoration: underline;
  }

  :focus-visible {
    outline: 3px solid var(--_kfd-color-focus);
    outline-offset: 2px;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_kfd-space-s);
    min-block-size: 44px;
    padding-block: var(--_kfd-space-s);
    padding-inline: var(--_kfd-space-m);
    font: inherit;
    font-weight: 600;
    color: var(--_kfd-color-on-primary);
    background: var(--_kfd-color-primary);
    border: 2px solid var(--_kfd-color-primary);
    border-radius: var(--_kfd-radius);
    cursor: pointer;
    text-decoration: none;
  }

  .button:hover {
    background: var(--_kfd-color-primary-hover);
  }

  .button[disabled],
  .button[aria-disabled="true"] {
    cursor: not-allowed;
    opacity: 0.7;
  }

  .button.secondary {
    color: var(--_kfd-color-primary);
    background: var(--_kfd-color-surface);
  }

  .button.secondary:hover {
    background: var(--_kfd-color-surface-alt);
  }

  .muted {
    color: var(--_kfd-color-muted);
  }

  /* Read by screen readers, not shown. */
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
