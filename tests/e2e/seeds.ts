/** Data dirs the e2e tests start from. */
import { emptyDocument, serializeDocument } from '../../electron/core/store/document';

const stamp = '2026-01-01T00:00:00.000Z';
export const credential = (id: string, typeId: string, issuedOn: string, extra: object = {}) => ({
  id,
  typeId,
  number: '',
  issuedOn,
  notes: '',
  overrides: {},
  createdAt: stamp,
  updatedAt: stamp,
  ...extra,
});

/** The case Recert was first built for: NASM-CPT (10 Mar 2025), a CPR/AED card to 1 Feb 2027, the CES (15 Sep 2025). */
const nasmCase = serializeDocument({
  ...emptyDocument(),
  profile: { name: 'Zoë Müller-Łukasik', email: '' },
  credentials: [
    credential('cpt', 'nasm-cpt', '2025-03-10', { number: 'CPT-123456' }),
    credential('card', 'cpr-aha', '2025-02-01', { expiresOn: '2027-02-01', handsOn: true }),
    credential('ces', 'nasm-ces', '2025-09-15'),
    credential('cscs', 'nsca-cscs', '2024-05-01'),
  ],
  activities: [
    {
      id: 'a1',
      title: 'Strength programming',
      provider: 'NSCA',
      code: '',
      completedOn: '2025-06-01',
      contactMinutes: 600,
      delivery: 'live',
      status: 'completed',
      notes: '',
      allocations: [{ credentialId: 'cscs', amountHundredths: 100, category: 'A', approval: 'approved' }],
      createdAt: stamp,
      updatedAt: stamp,
    },
  ],
});

/** The seed case and a CSCS with categories, as db.json. */
export const NASM_SEED = { 'db.json': nasmCase };

/** One NASM-CPT, and nothing else: the data the recovery tests damage and expect back. */
export const ONE_CPT = {
  ...emptyDocument(),
  profile: { name: 'Zoë Müller-Łukasik', email: '' },
  credentials: [credential('c1', 'nasm-cpt', '2025-03-10', { number: 'CPT-123456' })],
};
