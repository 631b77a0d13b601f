/** Every contract method's handler, in one table. A missing one fails the type check. */
import { activityHandlers } from './activities';
import { appHandlers } from './app';
import { attachmentHandlers } from './attachments';
import { certificateHandlers } from './certificates';
import type { Handlers } from './context';
import { credentialHandlers } from './credentials';
import { customTypeHandlers } from './custom-types';
import { dataHandlers } from './data';
import { interchangeHandlers } from './interchange';
import { planHandlers } from './plan';
import { profileHandlers } from './profile';
import { renewalHandlers } from './renewals';
import { reportHandlers } from './reports';

export const handlers: Handlers = {
  ...appHandlers,
  ...profileHandlers,
  ...credentialHandlers,
  ...planHandlers,
  ...customTypeHandlers,
  ...renewalHandlers,
  ...activityHandlers,
  ...attachmentHandlers,
  ...reportHandlers,
  ...dataHandlers,
  ...interchangeHandlers,
  ...certificateHandlers,
};
