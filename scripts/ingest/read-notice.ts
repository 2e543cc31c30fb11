import { createHash } from 'node:crypto';
import { decodeNotice } from '../decode/decode-notice.ts';
import { parseNotice, type ParseOutcome } from '../parse/parse-notice.ts';

/**
 * Bytes of one notice file to a parse outcome: decode (any encoding), hash, parse.
 * Never throws: an internal failure becomes an error outcome naming the file.
 */
export function readNotice(file: string, bytes: Uint8Array): ParseOutcome {
  const decoded = decodeNotice(bytes, file);
  if (!decoded.ok) return { ok: false, error: decoded.error, diagnostics: [] };
  const { lines, encoding, bom, lineEnding } = decoded.value;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  try {
    return parseNotice({ lines, source: { file, sha256, encoding, bom, lineEnding } });
  } catch (error) {
    return { ok: false, error: `${file}: internal error: ${(error as Error).message}`, diagnostics: [] };
  }
}
