/**
 * Tell binary data from text by its control characters: any NUL, or too large a share of
 * C0 controls other than tab, LF, FF and CR. Text never has NULs and almost never has
 * other controls; random or compressed bytes have about 11 % of them.
 */

/** Above this share of stray C0 control characters (of all bytes or characters), input is binary. */
export const MAX_CONTROL_SHARE = 0.02;

/** Whether a code (byte or UTF-16 unit) is a C0 control that plain text does not use. */
function isStrayControl(code: number): boolean {
  return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d;
}

/** Why raw bytes look binary (a NUL, or too many control bytes), or null when they may be text. */
export function sniffBinaryBytes(bytes: Uint8Array): string | null {
  let controls = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0x20) continue;
    if (b === 0) return `NUL byte at offset ${i}`;
    if (isStrayControl(b)) controls++;
  }
  return controlVerdict(controls, bytes.length, 'bytes');
}

/** Why decoded text looks binary (a NUL, or too many control characters), or null when it is text. */
export function sniffBinaryText(text: string): string | null {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20) continue;
    if (c === 0) return `NUL character at position ${i}`;
    if (isStrayControl(c)) controls++;
  }
  return controlVerdict(controls, text.length, 'characters');
}

function controlVerdict(controls: number, total: number, unit: string): string | null {
  if (controls === 0 || controls <= total * MAX_CONTROL_SHARE) return null;
  return `${controls} of ${total} ${unit} are control characters`;
}
