import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, withSecurityHeaders } from '../../../electron/main/contentSecurity';

const directive = (csp: string, name: string) =>
  csp
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `));

describe('the Content-Security-Policy', () => {
  it('allows scripts only from our own origin: no inline scripts, no eval', () => {
    for (const csp of [contentSecurityPolicy(), contentSecurityPolicy({ devServerOrigin: 'http://localhost:5173' })]) {
      expect(directive(csp, 'script-src')).toBe("script-src 'self'");
      expect(csp).not.toContain('unsafe-eval');
      expect(directive(csp, 'default-src')).toBe("default-src 'none'");
      expect(directive(csp, 'object-src')).toBe("object-src 'none'");
      expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'");
      // Inline styles only: React Flow positions nodes with them.
      expect(csp.match(/unsafe-inline/g)).toHaveLength(1);
      expect(directive(csp, 'style-src')).toContain("'unsafe-inline'");
    }
  });

  it('lets the dev server push hot updates over its websocket, and nothing else', () => {
    expect(directive(contentSecurityPolicy(), 'connect-src')).toBe("connect-src 'self'");
    expect(directive(contentSecurityPolicy({ devServerOrigin: 'http://localhost:5173' }), 'connect-src')).toBe(
      "connect-src 'self' ws://localhost:5173",
    );
  });

  it('replaces any CSP a server sent (any header case) and keeps the other headers', () => {
    const out = withSecurityHeaders(
      {
        'content-security-policy': ["script-src 'unsafe-eval'"],
        'Content-Security-Policy-Report-Only': ['x'],
        'Content-Type': ['text/html'],
      },
      "default-src 'none'",
    );
    expect(out['Content-Security-Policy']).toEqual(["default-src 'none'"]);
    expect(out['content-security-policy']).toBeUndefined();
    expect(out['Content-Security-Policy-Report-Only']).toBeUndefined();
    expect(out['Content-Type']).toEqual(['text/html']);
    expect(out['X-Content-Type-Options']).toEqual(['nosniff']);
    expect(withSecurityHeaders(undefined, 'x')['Content-Security-Policy']).toEqual(['x']);
  });
});
