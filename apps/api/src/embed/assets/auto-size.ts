/**
 * The embed page's only script, served as /embed/assets/auto-size.js (a strict CSP allows no
 * inline script). It tells the parent page how tall the card is, so the iframe never scrolls:
 * `{ type: "kfd:resize", height }` for our own snippet, and WordPress's own message when
 * WordPress framed the page with its `#?secret=…` (its sandboxed oEmbed iframes expect that).
 */
export const AUTO_SIZE_SCRIPT = `(function () {
  if (window.parent === window) return;
  var secret = (/[#&?]secret=([A-Za-z0-9]+)/.exec(location.hash) || [])[1];
  var last = 0;
  function post() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: "kfd:resize", height: height, href: location.href }, "*");
    if (secret) window.parent.postMessage({ message: "height", value: height, secret: secret }, "*");
  }
  if (typeof ResizeObserver === "function") new ResizeObserver(post).observe(document.documentElement);
  window.addEventListener("load", post);
  post();
})();
`;
