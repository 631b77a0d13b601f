/** Reading a chosen or dropped file in the page, for hosts where the page sends the bytes. */
import { acceptFor } from '../../shared/open-kinds';

/** The file's bytes as base64 (in chunks, so large files do not overflow the call stack). */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** Bytes from base64, as a Blob of `mime`. */
export function base64ToBlob(data: string, mime: string): Blob {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: mime });
}

export { MAX_CERTIFICATE_BYTES as MAX_UPLOAD_BYTES } from '../../shared/limits';
export const ACCEPT = acceptFor('certificate');
