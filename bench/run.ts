/**
 * `npm run bench`: prints one JSON line per figure, next to its floor (measured in the same
 * run on the same bytes) or its target. No pass/fail here: the figures are for reading.
 */
import { benchAttachments } from './attachments';
import { benchCertificates } from './certificate-accuracy';
import { benchChange } from './change';
import { benchCli } from './cli';
import { benchEvaluate } from './evaluate';
import { benchPacket } from './packet';
import { benchRendererSize } from './renderer-size';
import { benchStore } from './store';
import { benchTimeline } from './timeline';

await benchStore();
await benchEvaluate();
await benchChange();
await benchAttachments();
benchPacket();
await benchTimeline();
await benchRendererSize();
await benchCli();
await benchCertificates();
