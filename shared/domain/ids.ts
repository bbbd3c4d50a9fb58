interface WebCrypto {
  randomUUID(): string;
  getRandomValues<T extends Uint32Array>(array: T): T;
}

/** The platform's Web Crypto (present in browsers, Electron and Node 20 alike). */
export const webCrypto = (globalThis as unknown as { crypto: WebCrypto }).crypto;

/** A new random identifier (UUID v4). */
export function newId(): string {
  return webCrypto.randomUUID();
}

/** A uniformly random integer in [0, n), from a cryptographic source. */
export function randomIndex(n: number): number {
  if (n <= 1) return 0;
  const limit = Math.floor(0x1_0000_0000 / n) * n;
  const buf = new Uint32Array(1);
  for (;;) {
    webCrypto.getRandomValues(buf);
    const v = buf[0] ?? 0;
    if (v < limit) return v % n;
  }
}

/** A shuffled copy (Fisher-Yates with a cryptographic source). */
export function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomIndex(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
