import { DEMO_PASSWORD } from './lib';

/** A signed-in API client for journeys that need ids (e.g. another enterprise's mine). */
export async function apiAs(base: string, username: string) {
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
  if (!res.ok) throw new Error(`API login ${username}: ${res.status}`);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  return { get: async (path: string) => (await fetch(`${base}${path}`, { headers: { cookie } })).json() as Promise<any> };
}
