/**
 * Two unit names printed without the 、 between them (省委宣传部省科技厅) are split where both
 * halves are known names: seen elsewhere in the same plan, or of the genre's shape (a
 * jurisdiction, a body, an organization ending).
 */

/** A whole unit name by the genre's shape: 省科技厅, 市委宣传部, 自治区卫生健康委. */
const WHOLE_NAME =
  /^(?:自治区|省|市|区|县|州|旗|盟)[\u4e00-\u9fff]{1,14}(?:厅|局|委|办|部|会|中心|院|联|协|社|署|室|站|所|馆|台|队|委员会|办公室)$/;
const NAME_START = /自治区|省|市|区|县|州|旗|盟/g;
/** A half shorter than this is a prefix of a joint name (市委市政府督查室, 县委县政府), never a unit of its own. */
const MIN_HALF = 4;

function isKnown(name: string, known: ReadonlySet<string>): boolean {
  return (known.has(name) && name.length >= 3) || (name.length >= MIN_HALF && WHOLE_NAME.test(name));
}

/**
 * The offsets at which a printed name splits into known names, or [] when it is one name.
 * @example glueCuts('省委宣传部省科技厅', new Set()) // [5]
 * @example glueCuts('市委市政府督查室', new Set()) // []
 */
export function glueCuts(name: string, known: ReadonlySet<string>): number[] {
  // Two names are at least 3 + 3 characters; most printed names are shorter than that.
  if (name.length < 6 || !/^[\u4e00-\u9fff]+$/.test(name)) return [];
  const starts = new Set([...name.matchAll(NAME_START)].map((m) => m.index));
  for (const other of known) {
    for (let at = name.indexOf(other, 1); at > 0; at = name.indexOf(other, at + 1)) starts.add(at);
  }
  for (const at of [...starts].sort((a, b) => a - b)) {
    if (at < 3 || name.length - at < 3) continue;
    const head = name.slice(0, at);
    const rest = name.slice(at);
    if (!isKnown(head, known)) continue;
    if (isKnown(rest, known) && glueCuts(rest, known).length === 0) return [at];
    const more = glueCuts(rest, known);
    if (more.length > 0) return [at, ...more.map((c) => c + at)];
  }
  return [];
}
