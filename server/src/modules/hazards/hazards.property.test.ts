import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../../test/harness';
import { TEST_PASSWORD } from '../../../test/factories';
import { auditCount, hazardWorld, majorReport, plan, shanghaiDate, type HazardWorld } from './hazards.fixtures';
import { plausibleSteps, predict, STEPS, usualActor, WHO, type Model, type Step, type Who } from './hazards.model';

const START = ['major_reported', 'general_reported', 'major_found'] as const;

/** Random sequences of (step, user) against the API, checked after every step against the independent model. */
describe.each(databaseKinds().flatMap((kind) => (['UTC', 'Asia/Shanghai'] as const).map((tz) => [kind, tz] as const)))(
  'hazard lifecycle property on %s, TZ=%s', (kind, tz) => {
    let s: TestServer;
    let w: HazardWorld;
    const savedTz = process.env.TZ;
    beforeAll(async () => {
      process.env.TZ = tz; // dates below are computed under this zone; "today" on the server is SQL's Asia/Shanghai day
      s = await startTestServer(kind);
      w = await hazardWorld(s.app, s.p);
    });
    afterAll(async () => {
      process.env.TZ = savedTz;
      await s?.close();
    });

    async function start(kindOf: (typeof START)[number]): Promise<{ id: string; m: Model }> {
      const { A } = w;
      const res = kindOf === 'major_found'
        ? await w.clients.district.post('/api/hazards', majorReport(A, { deadline: shanghaiDate(15) }))
        : await w.clients.staff.post('/api/hazards', majorReport(A, kindOf === 'general_reported' ? { grade: 'general', standardItemCode: null, standardSituationCode: null } : {}));
      expect(res.status, res.body).toBe(201);
      return { id: res.json.id, m: { status: res.json.status, grade: res.json.grade, hasPlan: false, listing: null, version: 1 } };
    }

    function request(id: string, listingId: string | null, step: Step, m: Model) {
      if (step === 'list') {
        return { url: `/api/hazards/${id}/listing`, body: { version: m.version, deadline: shanghaiDate(30), requirements: '限期整改', responsibleUnit: '矿山企业' } };
      }
      if (step === 'delist') {
        return { url: `/api/hazard-listings/${listingId ?? '00000000-0000-4000-8000-000000000000'}/delist`, body: { verificationNote: '现场核查' } };
      }
      const action = step === 'self_accept_wrong_password' ? 'self_accept' : step;
      const password = step === 'self_accept_wrong_password' ? 'Wrong@2025pw' : TEST_PASSWORD;
      return { url: `/api/hazards/${id}/actions/${action}`, body: { ...plan(m.version), deadline: shanghaiDate(30), reason: '理由', note: '说明', password } };
    }

    it('every response, state and audit count matches the model', async () => {
      const runs = kind === 'pglite' ? 30 : 8;
      const reached = new Set<string>();
      await fc.assert(fc.asyncProperty(
        fc.constantFrom(...START),
        fc.array(fc.record({
          step: fc.oneof({ arbitrary: fc.constantFrom(...STEPS), weight: 1 }, { arbitrary: fc.nat(), weight: 2 }),
          who: fc.oneof({ arbitrary: fc.constantFrom(...WHO), weight: 2 }, { arbitrary: fc.boolean(), weight: 3 }),
        }), { maxLength: 12 }),
        async (startKind, steps) => {
          const { id, m: m0 } = await start(startKind);
          let m = m0;
          let listingId: string | null = null;
          let audits = await auditCount(s.p, id);
          for (const { step: drawn, who: picked } of steps) {
            const step: Step = typeof drawn === 'number' ? plausibleSteps(m)[drawn % plausibleSteps(m).length]! : drawn;
            const who: Who = typeof picked === 'boolean' ? usualActor(step, m, picked) : picked;
            const before = (await w.clients.district.get(`/api/hazards/${id}`)).json;
            const expected = predict(m, step, who);
            const { url, body } = request(id, listingId, step, m);
            const res = await w.clients[who].post(url, body);
            const label = `${step} by ${who} from ${m.status}/${m.grade}: ${res.body.slice(0, 200)}`;
            expect(res.status, label).toBe(expected.status);
            const after = (await w.clients.district.get(`/api/hazards/${id}`)).json;
            const nowAudits = await auditCount(s.p, id);
            if (expected.status >= 300) {
              expect(after, label).toEqual(before);
              expect(nowAudits, label).toBe(audits);
            } else {
              expect(nowAudits, label).toBe(audits + 1);
              if (step === 'list') listingId = after.listings.at(-1).id;
            }
            m = expected.next;
            expect({ status: after.status, grade: after.grade, version: after.version }, label).toEqual({ status: m.status, grade: m.grade, version: m.version });
            audits = nowAudits;
            reached.add(m.status);
          }
        },
      ), { numRuns: runs });
      if (kind === 'pglite') expect([...reached].sort()).toContain('closed'); // the generator does reach the end of the loop
    }, 300_000);
  });
