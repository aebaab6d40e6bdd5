// Git names a file's content by the SHA-1 of `blob <byte length>\0<bytes>`. Computing it locally lets us compare
// rendered reports with the committed ones from the tree listing alone: an unchanged file costs no request.
import { createHash } from 'node:crypto';

export function computeBlobSha(content: string): string {
  const bytes = Buffer.from(content, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
