/**
 * Optional encryption of a backup with a passphrase: AES-256-GCM, the key derived with
 * scrypt, both from node:crypto. Layout: magic, salt (16), IV (12), tag (16), ciphertext.
 */
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { AppError } from '../../../shared/errors';

export const MAGIC = Buffer.from('RECERT-BACKUP-AES256GCM-1\n');
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

function keyFrom(passphrase: string, salt: Buffer): Buffer {
  return scryptSync(passphrase.normalize('NFC'), salt, 32, SCRYPT);
}

export function isEncrypted(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, MAGIC.length)).equals(MAGIC);
}

export function encrypt(plain: Uint8Array, passphrase: string): Buffer {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFrom(passphrase, salt), iv);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([MAGIC, salt, iv, cipher.getAuthTag(), body]);
}

export function decrypt(bytes: Uint8Array, passphrase: string | undefined): Buffer {
  if (!passphrase) throw new AppError('invalid_input', 'This backup is encrypted. Enter its passphrase.', 'passphrase');
  const data = Buffer.from(bytes);
  const at = MAGIC.length;
  if (data.length < at + 44)
    throw new AppError('file_rejected', 'This encrypted backup is cut short and cannot be read.', 'file');
  const salt = data.subarray(at, at + 16);
  const iv = data.subarray(at + 16, at + 28);
  const tag = data.subarray(at + 28, at + 44);
  const decipher = createDecipheriv('aes-256-gcm', keyFrom(passphrase, salt), iv);
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(data.subarray(at + 44)), decipher.final()]);
  } catch {
    // GCM cannot tell a wrong passphrase from a damaged file; say both.
    throw new AppError(
      'invalid_input',
      'The passphrase is wrong, or the backup file is damaged. Nothing was changed.',
      'passphrase',
    );
  }
}
