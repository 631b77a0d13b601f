/** A certificate sent as base64 (the browser host, the page, the CLI), decoded once its size is known to be allowed. */
import { AppError } from '../../../shared/errors';
import { certificateTooLarge, MAX_CERTIFICATE_BYTES } from '../../../shared/limits';

/** A certificate's bytes from base64, its size checked before decoding. */
export function decodeBase64(data: string): Uint8Array {
  // Check the size the text stands for before decoding it.
  const size = Math.floor((data.length * 3) / 4);
  if (size > MAX_CERTIFICATE_BYTES + 2) throw new AppError('file_rejected', certificateTooLarge(size), 'file');
  return new Uint8Array(Buffer.from(data, 'base64'));
}
