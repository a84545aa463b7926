// Seeded PRNG for reproducible demo data and tests. Math.random cannot be seeded, and demo data
// must come out identical on every run so that screenshots, e2e tests and the lead's seed agree.

/** mulberry32: tiny 32-bit generator, uniform in [0, 1); good enough for sampling, not for secrets. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
