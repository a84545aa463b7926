import type { Entries } from './types';

const by = 'server/src/modules/attachments/attachments.test.ts (owner uploads, lists and downloads; another enterprise and another district get 404 on all three)';

export const attachmentEntries: Entries = {
  'POST /api/hazards/:id/attachments': { kind: 'covered', by },
  'GET /api/hazards/:id/attachments': { kind: 'covered', by },
  'GET /api/attachments/:id': { kind: 'covered', by },
  'GET /api/hazard-listings/:id/notice.pdf': { kind: 'covered', by: 'server/src/modules/listing-notice/notice.test.ts (owner enterprise gets the PDF; another enterprise and district get 404)' },
};
