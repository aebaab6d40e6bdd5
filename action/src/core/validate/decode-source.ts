// A file's bytes as text. Vendor files are UTF-8; bytes that are not are reported at the first bad byte, with its
// line and column, instead of being decoded to U+FFFD, which would let a file in another encoding pass unseen.
import type { Finding } from '../types/findings.js';
import type { SourceFile } from './parse-yaml.js';

const decoder = new TextDecoder('utf-8', { fatal: true });

export function decodeSource(path: string, bytes: Uint8Array): { source: SourceFile; finding: null } | { source: null; finding: Finding } {
  try {
    return { source: { path, text: decoder.decode(bytes) }, finding: null };
  } catch {
    const at = firstInvalidByte(bytes);
    const before = decoder.decode(bytes.subarray(0, at));
    const lineStart = before.lastIndexOf('\n') + 1;
    const line = before.split('\n').length;
    const column = before.length - lineStart + 1;
    const byte = bytes[at]!.toString(16).toUpperCase().padStart(2, '0');
    const finding: Finding = {
      code: 'file-encoding',
      severity: 'error',
      file: path,
      line,
      column,
      message: `Byte 0x${byte} at line ${line}, column ${column} is not UTF-8: the file is in another encoding, or damaged.`,
      hint: 'Save the file as UTF-8 (in most editors: "Save with Encoding", then UTF-8).',
    };
    return { source: null, finding };
  }
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    // The second byte's range excludes overlong forms, surrogates and code points above U+10FFFF.
    const [low, high] = lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (next === undefined || next < min || next > max) return i;
    }
    i += length;
  }
  return bytes.length;
}
