/** Save feedback for screen readers: one polite live region in the shell, written from any screen. */
export function announce(message: string): void {
  const region = document.getElementById("kfd-live");
  if (!region) return;
  // Emptied first so that the same message twice in a row is read twice.
  region.textContent = "";
  requestAnimationFrame(() => {
    region.textContent = message;
  });
}
