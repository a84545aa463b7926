import type { Entries } from './types';
import type { TestServer } from '../harness';
import type { Tenant } from '../factories';
import { newCertificateNumber, workerWithCertificate } from '../../src/modules/certificates/certificates.fixtures';

const both = ['district', 'enterprise'] as const;
const prep = (s: TestServer, t: Tenant) => workerWithCertificate(s.p, t);
type Prep = Awaited<ReturnType<typeof workerWithCertificate>>;
const detail = (_t: Tenant, x: Prep) => `/api/certificates/${x.certificateId}`;

/** 特种作业人员数据库: a certificate follows its enterprise_id/region_code. */
export const certificateEntries: Entries = {
  'GET /api/certificates': { kind: 'tenant', roles: [...both], op: 'list', prepare: prep,
    request: () => ({ method: 'GET', url: '/api/certificates?limit=200' }),
    ids: (j) => j.items.map((i: any) => i.id), ownId: (_t, x: Prep) => x.certificateId },
  'GET /api/certificates/export': { kind: 'tenant', roles: [...both], op: 'read', prepare: prep,
    request: (_t, x: Prep) => ({ method: 'GET', url: `/api/certificates/export?q=${x.number}` }), ownId: (_t, x: Prep) => x.number },
  'GET /api/certificates/alerts-summary': { kind: 'covered', by: 'server/src/modules/certificates/certificates.test.ts (counts follow the scope)' },
  'GET /api/certificates/:id': { kind: 'tenant', roles: [...both], op: 'read', prepare: prep,
    request: (t, x: Prep) => ({ method: 'GET', url: detail(t, x) }) },
  'POST /api/certificates': { kind: 'tenant', roles: [...both], op: 'create', okStatus: 201, prepare: prep,
    request: (t, x: Prep) => ({ method: 'POST', url: '/api/certificates', body: {
      personId: x.personId, enterpriseId: t.enterprise.id, typeCode: '8.7', number: newCertificateNumber(), issuingAuthority: '重庆市应急管理局', issueDate: '2025-01-10',
    } }) },
  'PUT /api/certificates/:id': { kind: 'tenant', roles: [...both], op: 'write', prepare: prep,
    request: (t, x: Prep) => ({ method: 'PUT', url: detail(t, x), body: {
      typeCode: '8.1', number: x.number, issuingAuthority: '重庆市应急管理局（改）', issueDate: '2024-03-01', version: 1,
    } }),
    reread: detail },
  'POST /api/certificates/:id/reviews': { kind: 'tenant', roles: [...both], op: 'write', okStatus: 201, prepare: prep,
    request: (t, x: Prep) => ({ method: 'POST', url: `${detail(t, x)}/reviews`, body: { reviewedOn: '2025-02-01', result: 'passed' } }),
    reread: detail },
  'POST /api/certificates/:id/verifications': { kind: 'tenant', roles: [...both], op: 'write', okStatus: 201, prepare: prep,
    request: (t, x: Prep) => ({ method: 'POST', url: `${detail(t, x)}/verifications`,
      body: { verifiedOn: '2025-02-01', method: 'national_site', verifierName: '检查组 王工', result: 'genuine' } }),
    reread: detail },
  'GET /api/certificate-types': { kind: 'reference' },
  'POST /api/certificate-types': { kind: 'admin', covered: 'server/src/modules/certificates/certificates.test.ts: rules.manage only, overlapping periods refused, audited' },
  'POST /api/certificate-types/:id/end': { kind: 'admin', covered: 'server/src/modules/certificates/certificates.test.ts: rules.manage only, not before issued certificates, audited' },
};
