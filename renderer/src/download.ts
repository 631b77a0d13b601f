/** Hands a file the core made to the browser as a download (browser host), or says where Electron saved it. */
import { hostFiles } from './api';
import { base64ToBlob } from './files';

export interface Delivered {
  fileName: string;
  savedTo?: string | null;
  mime?: string;
  dataBase64?: string;
  downloadPath?: string;
}

function save(blob: Blob, fileName: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(link.href), 30_000);
}

/** Thrown when the browser host's download fails: its message is written for the user. */
export class DownloadFailed extends Error {}

/** Returns a sentence for the user about what happened to the file; throws DownloadFailed. */
export async function finishDelivery(file: Delivered): Promise<string> {
  if (file.downloadPath) {
    const fetched = await hostFiles.download(file.downloadPath);
    if (!fetched.ok) throw new DownloadFailed(`${file.fileName} could not be downloaded: ${fetched.error.message}`);
    save(fetched.value, file.fileName);
    return `Downloaded ${file.fileName}.`;
  }
  if (file.dataBase64 && file.mime) {
    save(base64ToBlob(file.dataBase64, file.mime), file.fileName);
    return `Downloaded ${file.fileName}.`;
  }
  return file.savedTo ? `Saved ${file.fileName}.` : 'Not saved.';
}
