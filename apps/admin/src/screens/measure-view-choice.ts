export type MeasureView = "table" | "board";

const KEY = "kfd-measure-view";

/** The table or the board, as chosen last in this browser session. */
export function rememberedView(): MeasureView {
  return storage()?.getItem(KEY) === "board" ? "board" : "table";
}

export function rememberView(view: MeasureView): void {
  storage()?.setItem(KEY, view);
}

/** Storage can be switched off or throw in private modes; the choice is a convenience, not a need. */
function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}
