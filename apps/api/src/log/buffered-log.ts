/**
 * Request lines are collected and written in batches: one write per request would cost the
 * server a noticeable share of its throughput under load.
 */
export function bufferedLog(write: (chunk: string) => void, flushMs = 50, maxBuffered = 32 * 1024) {
  let buffer = "";
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (buffer === "") return;
    const chunk = buffer;
    buffer = "";
    write(chunk);
  };
  const line = (text: string) => {
    buffer += `${text}\n`;
    if (buffer.length >= maxBuffered) flush();
    else timer ??= setTimeout(flush, flushMs).unref();
  };
  return { line, flush };
}
