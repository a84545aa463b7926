import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const KEYS = { PII_KEYRING: '{"active":"k","keys":{"k":"' + 'a'.repeat(96) + '"}}', BLIND_INDEX_KEY: 'b'.repeat(64), AUDIT_HMAC_KEY: 'c'.repeat(64) };

describe('configuration', () => {
  it('defaults to the embedded database in ./data on port 3000 with demo data', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.database.kind).toBe('pglite');
    expect(c.seedDemo).toBe(true);
    expect(c.production).toBe(false);
  });

  it('stops with a message naming the bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ AUDIT_HMAC_KEY: 'xyz' })).toThrow(/AUDIT_HMAC_KEY/);
    expect(() => loadConfig({ PRODUCTION: 'maybe' })).toThrow(ConfigError);
  });

  it('in production mode refuses demo data, missing keys and PGlite unless explicitly allowed', () => {
    expect(() => loadConfig({ PRODUCTION: 'true', DATABASE_URL: 'postgres://x@h/db' })).toThrow(/PII_KEYRING[\s\S]*BLIND_INDEX_KEY[\s\S]*AUDIT_HMAC_KEY/);
    expect(() => loadConfig({ PRODUCTION: 'true', ...KEYS })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ PRODUCTION: 'true', DATABASE_URL: 'postgres://x@h/db', SEED_DEMO: 'true', ...KEYS })).toThrow(/SEED_DEMO/);
    const ok = loadConfig({ PRODUCTION: 'true', DATABASE_URL: 'postgres://x@h/db', ...KEYS });
    expect(ok.seedDemo).toBe(false);
    expect(ok.requireAdminMfa).toBe(true);
    expect(ok.session.secureCookie).toBe(true);
    expect(loadConfig({ PRODUCTION: 'true', ALLOW_PGLITE_IN_PRODUCTION: 'true', ...KEYS }).database.kind).toBe('pglite');
  });
});
