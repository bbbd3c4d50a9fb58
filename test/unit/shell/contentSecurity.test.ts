import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, withoutSecurityHeaders } from '../../../electron/main/contentSecurity';
import { META_CONTENT_SECURITY_POLICY } from '../../../shared/csp';

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

  it('is written once: the desktop, the web bridge and index.html use the one text of shared/csp.ts', () => {
    const read = (p: string) => readFileSync(new URL(`../../../${p}`, import.meta.url), 'utf8');
    for (const file of [
      'electron/main/security.ts',
      'electron/web/bridge.ts',
      'renderer/index.html',
      'renderer/kiosk.html',
      'renderer/print.html',
    ]) {
      expect(read(file), file).not.toMatch(/default-src|script-src/);
    }
    expect(read('electron/main/security.ts')).toContain("'Content-Security-Policy': [CONTENT_SECURITY_POLICY]");
    expect(META_CONTENT_SECURITY_POLICY).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
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
