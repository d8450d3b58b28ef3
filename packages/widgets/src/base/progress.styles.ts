import { css } from "lit";

/** The native <progress> bar of the Maßnahmenkatalog, the same in every widget that shows one. */
export const progressStyles = css`
  .progress {
    display: block;
    inline-size: 100%;
    block-size: 12px;
    appearance: none;
    border: 1px solid var(--_kfd-color-border);
    border-radius: 999px;
    background: var(--_kfd-color-surface-alt);
    overflow: hidden;
  }
  .progress::-webkit-progress-bar {
    background: var(--_kfd-color-surface-alt);
  }
  .progress::-webkit-progress-value {
    background: var(--kfd-color-progress, var(--_kfd-color-success));
  }
  .progress::-moz-progress-bar {
    background: var(--kfd-color-progress, var(--_kfd-color-success));
  }
`;
