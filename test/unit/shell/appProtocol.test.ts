import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler, mimeTypeOf, resolveAppPath } from '../../../electron/main/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/contentSecurity';

const root = path.resolve('/srv/tandem/dist/renderer');

describe('resolveAppPath', () => {
  it('maps app://tandem URLs to files under the renderer folder', () => {
    expect(resolveAppPath(root, 'app://tandem/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://tandem/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://tandem/index.html#/workshop/x/funnel')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://tandem/assets/index-abc.js?v=1')).toBe(
      path.join(root, 'assets', 'index-abc.js'),
    );
    expect(resolveAppPath(root, 'app://tandem/assets/Fira%20Sans.woff2')).toBe(
      path.join(root, 'assets', 'Fira Sans.woff2'),
    );
  });

  it('keeps dot segments inside the root (the URL parser already removes them)', () => {
    expect(resolveAppPath(root, 'app://tandem/../../../etc/passwd')).toBe(path.join(root, 'etc', 'passwd'));
    expect(resolveAppPath(root, 'app://tandem/assets/../../secret')).toBe(path.join(root, 'secret'));
    expect(resolveAppPath(root, 'app://tandem/%2e%2e/%2e%2e/etc/passwd')).toBe(path.join(root, 'etc', 'passwd'));
  });

  const refused = [
    'app://tandem/%2E%2E%2Fetc%2Fpasswd',
    'app://tandem/..%2f..%2fetc%2fpasswd',
    'app://tandem/..%5c..%5cwindows%5cwin.ini',
    'app://tandem/assets\\..\\..\\secret',
    'app://tandem/index.html%00.png',
    'app://tandem/%E0%A4%A',
    'app://other/index.html',
    'app://tandem.evil/index.html',
    'file:///etc/passwd',
    'https://tandem/index.html',
    'not a url',
  ];
  it.each(refused)('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it('never resolves outside the root, whatever the path', () => {
    const parts = ['..', '.', 'a', '%2e', '%2E%2E', '%2f', '\\', '%5c', '%00', '~', '', 'index.html'];
    for (const a of parts)
      for (const b of parts)
        for (const c of parts) {
          const resolved = resolveAppPath(root, `app://tandem/${a}/${b}/${c}`);
          if (resolved !== null) expect(resolved.startsWith(root + path.sep)).toBe(true);
        }
  });

  it('knows the content types the renderer uses', () => {
    expect(mimeTypeOf('a/index.html')).toMatch(/^text\/html/);
    expect(mimeTypeOf('a/x.JS')).toMatch(/^text\/javascript/);
    expect(mimeTypeOf('a/x.css')).toMatch(/^text\/css/);
    expect(mimeTypeOf('a/x.svg')).toBe('image/svg+xml');
    expect(mimeTypeOf('a/x.unknown')).toBe('application/octet-stream');
  });
});

describe('the app:// protocol handler', () => {
  let dir: string;
  let renderer: string;
  const csp = CONTENT_SECURITY_POLICY;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'tandem-protocol-'));
    renderer = path.join(dir, 'renderer');
    mkdirSync(path.join(renderer, 'assets'), { recursive: true });
    writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Tandem</title>');
    writeFileSync(path.join(renderer, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(path.join(dir, 'secret.txt'), 'secret');
    symlinkSync(path.join(dir, 'secret.txt'), path.join(renderer, 'assets', 'link.txt'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const get = (url: string, method = 'GET') => createAppProtocolHandler(renderer, csp)(new Request(url, { method }));

  it('serves the renderer with our CSP and nosniff on every response', async () => {
    const res = await get('app://tandem/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toBe(csp);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('<title>Tandem</title>');
    const js = await get('app://tandem/assets/app.js');
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await js.text()).toBe('console.log(1)');
  });

  it('answers 404 (with the CSP) for missing files, folders and paths outside', async () => {
    for (const url of [
      'app://tandem/missing.js',
      'app://tandem/assets',
      'app://tandem/../secret.txt',
      'app://tandem/%2e%2e/secret.txt',
    ]) {
      const res = await get(url);
      expect(res.status, url).toBe(404);
      expect(res.headers.get('content-security-policy')).toBe(csp);
      expect(await res.text()).not.toContain('secret');
    }
  });

  it('does not follow a symlink out of the renderer folder', async () => {
    const res = await get('app://tandem/assets/link.txt');
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('secret');
  });

  it('refuses anything but GET and HEAD', async () => {
    expect((await get('app://tandem/index.html', 'POST')).status).toBe(405);
    const head = await get('app://tandem/index.html', 'HEAD');
    expect(head.status).toBe(200);
  });
});
