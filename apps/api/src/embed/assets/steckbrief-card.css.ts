/**
 * The look of the server-rendered card, served as /embed/assets/steckbrief-card.css. It
 * follows the widget's styles (same tokens, same class names) so both read as one product.
 */
export const STECKBRIEF_CARD_CSS = `:root {
  --kfd-font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", sans-serif;
  --kfd-color-text: #1b2631;
  --kfd-color-muted: #4b5866;
  --kfd-color-surface: #ffffff;
  --kfd-color-surface-alt: #f2f5f8;
  --kfd-color-border: #6b7885;
  --kfd-color-primary: #00557f;
  --kfd-color-success: #1d6b36;
  --kfd-color-focus: #c2410c;
  --kfd-radius: 6px;
  --kfd-space-s: 8px;
  --kfd-space-m: 16px;
  color-scheme: light;
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font-family: var(--kfd-font-family); color: var(--kfd-color-text); background: transparent; line-height: 1.5; }
body.page { background: var(--kfd-color-surface-alt); padding: var(--kfd-space-m); }
.page-wrap { max-width: 48rem; margin: 0 auto; }
.langs { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; margin: 0 0 var(--kfd-space-m); padding: 0; list-style: none; font-size: 0.9rem; }
.langs a[aria-current="page"] { font-weight: 700; text-decoration: none; color: var(--kfd-color-text); }
a { color: var(--kfd-color-primary); text-underline-offset: 0.15em; }
a:focus-visible { outline: 3px solid var(--kfd-color-focus); outline-offset: 2px; border-radius: 2px; }
.card { background: var(--kfd-color-surface); border: 1px solid var(--kfd-color-border); border-radius: var(--kfd-radius); box-shadow: 0 1px 3px rgb(0 0 0 / 0.08); padding: calc(var(--kfd-space-m) * 1.25); overflow-wrap: anywhere; }
.header { border-block-end: 1px solid var(--kfd-color-border); padding-block-end: var(--kfd-space-m); margin-block-end: var(--kfd-space-m); }
.eyebrow { margin: 0; font-size: 0.8rem; font-weight: 700; letter-spacing: 0.04em; text-transform: uppercase; color: var(--kfd-color-primary); }
.title { margin: 0.25rem 0 0.5rem; font-size: 1.5rem; line-height: 1.25; }
.place { margin: 0 0 0.25rem; display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem; }
.place__name { font-weight: 600; }
.badge { display: inline-block; padding: 0.05rem 0.55rem; border-radius: 999px; background: var(--kfd-color-surface-alt); border: 1px solid var(--kfd-color-border); font-size: 0.85rem; }
.badge--phase { border-color: var(--kfd-color-primary); color: var(--kfd-color-primary); }
.body { display: grid; gap: var(--kfd-space-m); }
.section__title { margin: 0 0 0.35rem; font-size: 1.05rem; line-height: 1.3; }
.section p { margin: 0 0 0.4rem; }
.prose { white-space: pre-line; }
.card--compact .full-only { display: none; }
.card--compact .prose { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 4; overflow: hidden; }
.muted, .note { color: var(--kfd-color-muted); }
.note { font-size: 0.85rem; }
.label { font-weight: 600; }
.figure { font-size: 1.5rem; font-weight: 700; }
.topics { display: flex; flex-wrap: wrap; gap: 0.4rem; margin: 0; padding: 0; list-style: none; }
.topic { padding: 0.15rem 0.65rem; border-radius: 999px; background: var(--kfd-color-surface-alt); border: 1px solid var(--kfd-color-border); }
.counts { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0.5rem 0; }
.count { display: flex; gap: 0.35rem; padding: 0.2rem 0.6rem; border-radius: var(--kfd-radius); background: var(--kfd-color-surface-alt); }
.count dt { color: var(--kfd-color-muted); }
.count dt::after { content: ":"; }
.count dd { margin: 0; font-weight: 700; }
.progress-text { font-weight: 600; }
.progress { display: block; inline-size: 100%; block-size: 0.75rem; appearance: none; -webkit-appearance: none; border: 1px solid var(--kfd-color-border); border-radius: 999px; background: var(--kfd-color-surface-alt); overflow: hidden; color: var(--kfd-color-success); }
.progress::-webkit-progress-bar { background: var(--kfd-color-surface-alt); }
.progress::-webkit-progress-value { background: var(--kfd-color-success); }
.progress::-moz-progress-bar { background: var(--kfd-color-success); }
.measure-list, .plain-list { margin: 0.5rem 0 0; padding-inline-start: 1.2rem; }
.measure { margin-block-end: 0.35rem; }
.measure__title { font-weight: 600; }
.measure__meta { display: block; font-size: 0.85rem; color: var(--kfd-color-muted); }
.status { font-size: 0.8rem; padding: 0 0.45rem; border-radius: 999px; border: 1px solid currentColor; white-space: nowrap; }
.status--done { color: var(--kfd-color-success); }
.status--dropped { color: var(--kfd-color-muted); }
.contact { font-style: normal; display: grid; gap: 0.1rem; }
.contact__role { font-weight: 600; }
.footer { margin-block-start: var(--kfd-space-m); padding-block-start: 0.75rem; border-block-start: 1px solid var(--kfd-color-border); }
@media print {
  body, body.page { background: none; padding: 0; }
  .card { box-shadow: none; border-color: #999; }
  .langs, .footer { display: none; }
  .card--compact .full-only { display: revert; }
  .card--compact .prose { display: block; -webkit-line-clamp: unset; overflow: visible; }
  .section { break-inside: avoid; }
  a[href^="mailto:"]::after { content: ""; }
}
`;
