/**
 * Whether a notice's text is Chinese at all: an English machine translation of a plan (or any
 * page mostly in Latin letters) is refused with a clear error rather than read as a plan.
 * @example isMostlyLatin('Notice of the People's Government on Healthy City Action …') // true
 */
export function isMostlyLatin(text: string): boolean {
  // Counted in one pass without building match arrays: this runs on every notice, whole.
  let cjk = 0;
  let latinWords = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (letter) {
      if (++run === 2) latinWords++;
      continue;
    }
    run = 0;
    if (c >= 0x3400 && c <= 0x9fff) cjk++;
  }
  return latinWords >= 30 && cjk < latinWords;
}
