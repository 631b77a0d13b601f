/** The sections of `npm run bench`, by name, each run in its own process (see run.ts). */
import { benchAttachments } from './attachments';
import { benchCertificates } from './certificate-accuracy';
import { benchDesigns } from './certificate-designs';
import { benchChange } from './change';
import { benchCli } from './cli';
import { benchEvaluate } from './evaluate';
import { benchJpeg } from './jpeg';
import { benchPacket } from './packet';
import { benchRendererSize } from './renderer-size';
import { benchStore } from './store';
import { benchTimeline } from './timeline';

export const SECTIONS: Record<string, () => Promise<void> | void> = {
  store: benchStore,
  evaluate: benchEvaluate,
  change: benchChange,
  attachments: benchAttachments,
  packet: benchPacket,
  timeline: benchTimeline,
  'renderer-size': benchRendererSize,
  cli: benchCli,
  certificates: benchCertificates,
  'certificate-designs': benchDesigns,
  jpeg: benchJpeg,
};
