/**
 * The heap limit (--max-old-space-size, MB) the bench gives each stage's Node for `notices` notices.
 * V8 grows its heap lazily up to the limit, so the limit sets the peak memory as much as the work
 * does: at 1,000 notices the astro build peaked at 4.0 GB with a 20 GB limit, 2.9 GB with 2,600 MB
 * and 2.6 GB with 2,000 MB, taking 122, 144 and 147 s (more garbage collection). Sized to the
 * collection, with room: 2.5 MB a notice, at least 2 GB (Node's own default is about 4 GB here).
 * @example heapMbFor(1000) // 2500
 */
export function heapMbFor(notices: number): number {
  return Math.min(20_000, Math.max(2048, Math.ceil(notices * 2.5)));
}
