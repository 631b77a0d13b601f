/** Hands a file the core made to the browser as a download (browser host), or says where Electron saved it. */
import { base64ToBlob } from './files';

export interface Delivered {
  fileName: string;
  savedTo?: string | null;
  mime?: string;
  dataBase64?: string;
}

/** Returns a sentence for the user about what happened to the file. */
export function finishDelivery(file: Delivered): string {
  if (file.dataBase64 && file.mime) {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(base64ToBlob(file.dataBase64, file.mime));
    link.download = file.fileName;
    link.click();
    window.setTimeout(() => URL.revokeObjectURL(link.href), 30_000);
    return `Downloaded ${file.fileName}.`;
  }
  return file.savedTo ? `Saved ${file.fileName}.` : 'Not saved.';
}
