/** The contract's certificate-reading methods: a file in, a proposal out (nothing is recorded). */
import { z } from 'zod';
import { certificateTooLarge, ENVELOPE_BYTES, MAX_UPLOAD_BASE64 } from '../limits';

const readField = <T extends z.ZodType>(value: T) =>
  z.object({ value, source: z.string(), confidence: z.number().min(0).max(1) });
const text = readField(z.string());
const date = readField(z.string());

const ProposalSchema = z.object({
  kind: z.enum(['course', 'card', 'unknown']),
  activity: z
    .object({
      title: text.optional(),
      provider: text.optional(),
      code: text.optional(),
      completedOn: date.optional(),
      contactMinutes: readField(z.number()).optional(),
      allocations: z.array(
        z.object({
          credentialId: z.string(),
          amountHundredths: z.int(),
          category: z.string().optional(),
          source: z.string(),
          confidence: z.number(),
          approval: z.literal('petition_pending').optional(),
        }),
      ),
    })
    .optional(),
  card: z
    .object({
      typeId: z.string(),
      replacesId: z.string().optional(),
      issuedOn: date.optional(),
      expiresOn: date.optional(),
      provider: text.optional(),
    })
    .optional(),
  holder: text.optional(),
  warnings: z.array(z.string()),
  /** What the user already has that this reading repeats: never saved again without their choice. */
  alreadyHave: z
    .object({ reason: z.enum(['file', 'course']), activityId: z.string().optional(), text: z.string() })
    .optional(),
  empty: z.boolean(),
});

/** Names a reading so the page can ask how far it got, or cancel it. */
const ReadId = z.string({ error: 'Reading id must be text.' }).regex(/^[A-Za-z0-9-]{1,64}$/, {
  error: 'Reading id must be 1 to 64 letters, digits or dashes.',
});

export const certificateReadingContract = {
  /**
   * Reads a certificate (PDF, PNG or JPEG; the attach checks first) on this computer: its text
   * layer, or OCR of the picture. Returns the proposed entry; records nothing.
   */
  'certificates:read': {
    maxRequestBytes: MAX_UPLOAD_BASE64 + ENVELOPE_BYTES,
    input: z
      .object({
        name: z.string({ error: 'File name is required.' }).max(1000, { error: 'File name is too long.' }),
        dataBase64: z
          .string({ error: 'The file’s contents are missing.' })
          .max(MAX_UPLOAD_BASE64, { error: certificateTooLarge() }),
        readId: ReadId.optional(),
      })
      .strict(),
    output: z.object({
      proposal: ProposalSchema,
      file: z.object({ name: z.string(), sha256: z.string(), ext: z.enum(['pdf', 'png', 'jpg']), size: z.number() }),
      method: z.enum(['text', 'ocr']),
      pagesRead: z.int(),
      pageCount: z.int(),
      /** What the user should know about this reading ("only the first 3 of 40 pages were read"). */
      notes: z.array(z.string()),
    }),
  },
  /** How far a reading has got (0–1); null when it is not running. */
  'certificates:progress': {
    input: z.object({ readId: ReadId }).strict(),
    output: z.object({ fraction: z.number().nullable() }),
  },
  /** Stops a reading; it answers "cancelled". */
  'certificates:cancel': {
    input: z.object({ readId: ReadId }).strict(),
    output: z.object({ cancelled: z.boolean() }),
  },
} as const;

export type CertificateProposalOutput = z.infer<typeof ProposalSchema>;
