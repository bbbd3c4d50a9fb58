import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, withoutSecurityHeaders } from '../../../electron/main/contentSecurity';

const directive = (csp: string, name: string) =>
  csp
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `));

describe('the Content-Security-Policy', () => {
  const csp = CONTENT_SECURITY_POLICY;
  it('allows scripts only from our own origin: no inline scripts, no eval', () => {
    expect(directive(csp, 'script-src')).toBe("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(directive(csp, 'default-src')).toBe("default-src 'none'");
    expect(directive(csp, 'object-src')).toBe("object-src 'none'");
    expect(directive(csp, 'base-uri')).toBe("base-uri 'none'");
    expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive(csp, 'connect-src')).toBe("connect-src 'self'");
    // Inline styles only: React Flow positions nodes with them.
    expect(csp.match(/unsafe-inline/g)).toHaveLength(1);
    expect(directive(csp, 'style-src')).toContain("'unsafe-inline'");
  });

  it('is the policy security.ts sends on every response (written out there for electronegativity)', () => {
    const source = readFileSync(new URL('../../../electron/main/security.ts', import.meta.url), 'utf8');
    const literal = /'Content-Security-Policy': \[\s*"([^"]+)",?\s*\]/.exec(source)?.[1];
    expect(literal).toBe(CONTENT_SECURITY_POLICY);
  });

  it('drops the security headers a server sent (any letter case) and keeps the others', () => {
    const out = withoutSecurityHeaders({
      'content-security-policy': ["script-src 'unsafe-eval'"],
      'Content-Security-Policy-Report-Only': ['x'],
      'x-content-type-options': 'sniff',
      'Content-Type': 'text/html',
    });
    expect(out).toEqual({ 'Content-Type': ['text/html'] });
    expect(withoutSecurityHeaders(undefined)).toEqual({});
  });
});
