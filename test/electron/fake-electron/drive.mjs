/* global process, console, setTimeout, URL, Request */
// Starts the built main process (dist-electron/main.mjs) on the stand-in electron, talks to it the way the
// page would, and prints what happened as one JSON line for bundle.spec.ts.
const bundle = new URL(`file://${process.env.FAKE_APP_ROOT}/dist-electron/main.mjs`);
await import(bundle.href);
const s = globalThis.__fakeElectron;
for (let i = 0; i < 200 && s.windows.length === 0; i++) await new Promise((r) => setTimeout(r, 25));
const win = s.windows[0];
const frame = win.webContents.mainFrame;
const ours = { sender: { id: win.webContents.id, mainFrame: frame }, senderFrame: frame };
const foreignFrame = { url: 'https://evil.example/', parent: null };
const foreign = { sender: { id: win.webContents.id, mainFrame: foreignFrame }, senderFrame: foreignFrame };
const serve = s.protocol.get('app');
const index = await serve(new Request('app://tandem/index.html'));
const outside = await serve(new Request('app://tandem/%2e%2e/%2e%2e/package.json'));
const result = {
  errors: s.errors,
  sandbox: s.sandbox,
  schemes: s.schemes,
  webPreferences: win.options.webPreferences,
  loaded: win.loaded,
  channels: [...s.ipc.keys()],
  list: await s.ipc.get('workshops.list')(ours),
  foreign: await s.ipc.get('workshops.list')(foreign),
  bad: await s.ipc.get('workshops.open')(ours, { not: 'an id' }),
  index: {
    status: index.status,
    csp: index.headers.get('content-security-policy'),
    body: await index.text(),
  },
  outside: outside.status,
};
console.log(`RESULT ${JSON.stringify(result)}`);
process.exit(0);
