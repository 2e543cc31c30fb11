/**
 * Whether a notice's text is Chinese at all: an English machine translation of a plan (or any
 * page mostly in Latin letters) is refused with a clear error rather than read as a plan.
 * @example isMostlyLatin('Notice of the People's Government on Healthy City Action …') // true
 */
export function isMostlyLatin(text: string): boolean {
  const cjk = (text.match(/[\u3400-\u9fff]/g) ?? []).length;
  const latinWords = (text.match(/[A-Za-z]{2,}/g) ?? []).length;
  return latinWords >= 30 && cjk < latinWords;
}
