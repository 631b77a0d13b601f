/**
 * Opening the data folder for a session that writes, the one way the desktop app, the browser
 * host and the CLI do it: the store (locked, checked, repaired), then the certificates folder's
 * housekeeping (temp files a crash left, and the files deleted last session, kept until now so
 * the deletion could be undone). The store knows nothing of the certificates folder.
 */
import { certificatesDir, emptyCertificateTrash } from './files/certificate-store';
import { removeStaleTempFiles } from './store/durable-write';
import { Store, type OpenStoreOptions } from './store/store';

export async function openDataDir(options: OpenStoreOptions): Promise<Store> {
  const store = await Store.open(options);
  try {
    await removeStaleTempFiles(certificatesDir(options.dataDir));
    await emptyCertificateTrash(options.dataDir);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
