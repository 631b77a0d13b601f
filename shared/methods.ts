/**
 * The contract's method names, without their schemas: what the page needs to build
 * `window.api` (the schemas, and zod with them, stay out of the page's first load). A test holds
 * this list equal to the contract table's keys.
 */
export const METHOD_NAMES = [
  'app:status',
  'app:dismissNotice',
  'profile:get',
  'profile:update',
  'credentials:list',
  'credentials:add',
  'credentials:update',
  'credentials:remove',
  'credentials:evaluate',
  'customTypes:list',
  'customTypes:add',
  'renewals:add',
  'renewals:remove',
  'activities:list',
  'activities:add',
  'activities:update',
  'activities:remove',
  'activities:restore',
  'activities:propose',
  'activities:previewCsv',
  'activities:importCsv',
  'reports:export',
  'reports:reveal',
  'settings:reminders',
  'settings:updateReminders',
  'reminders:list',
  'calendar:export',
  'backup:create',
  'data:export',
  'data:import',
  'backup:test',
  'backup:restore',
  'attachments:list',
  'attachments:upload',
  'attachments:choose',
  'attachments:remove',
  'attachments:restore',
  'attachments:read',
  'attachments:open',
  'attachments:check',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];
