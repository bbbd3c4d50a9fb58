import type { Channel, TandemApi } from './api';

type Namespace = keyof TandemApi;

/**
 * The names of the contract's functions, per namespace, as plain data: the preload builds window.tandem
 * from it, and the browser client its calls, without bundling zod (the schemas stay in shared/api.ts). `satisfies` makes the compiler fail on a missing or extra name, so this
 * table cannot drift from TandemApi (and a unit test checks it against CHANNELS).
 */
export const API_SHAPE = {
  workshops: {
    list: true,
    create: true,
    open: true,
    save: true,
    rename: true,
    duplicate: true,
    remove: true,
    listDeleted: true,
    restoreDeleted: true,
    exportBackup: true,
    importBackup: true,
  },
  survey: {
    submit: true,
    count: true,
    participantRound: true,
    exportResponses: true,
    newRound: true,
    setRoundStatus: true,
    reveal: true,
    exportAnswers: true,
    mergeAnswers: true,
  },
  votes: { open: true, close: true, count: true, ballot: true, cast: true },
  results: { round: true },
  repairs: { list: true, dismiss: true },
  kiosk: { status: true, enter: true, exit: true },
  exports: { saveFile: true, printPdf: true },
  settings: { get: true, update: true },
  display: { openAudience: true, closeAudience: true },
  phones: { interfaces: true, status: true, start: true, stop: true },
} as const satisfies { [N in Namespace]: { [M in keyof TandemApi[N]]: true } };

/** Every channel name of the contract, derived from the table above (the same list as CHANNELS in api.ts). */
export function channelsOf(shape: typeof API_SHAPE = API_SHAPE): Channel[] {
  return Object.entries(shape).flatMap(([ns, methods]) => Object.keys(methods).map((m) => `${ns}.${m}` as Channel));
}
