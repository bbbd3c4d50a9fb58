import { randomInt } from 'node:crypto';
import os from 'node:os';
import type { PhoneInterface, PhoneStatus, TandemApi } from '../../shared/api';
import { newJoinCode, phoneUrl, shortPhoneUrl } from '../../shared/domain/phones/joinCode';
import { ballotVoteOpen } from '../../shared/domain/room/voting';
import { PHONE_CHANNELS } from '../../shared/policy';
import { ServiceError } from '../services/errors';
import { createHandlers, type Implementation } from '../services/handlers';
import type { Services } from '../services/index';
import type { PhoneLimits } from './limits';
import { startListener, type Listener } from './listener';
import { loadPhonePage, type PhonePage } from './phonePage';

/** The port phones connect to unless TANDEM_PHONE_PORT says otherwise (one the handout can print). */
export const DEFAULT_PHONE_PORT = 4480;
/** How often the service checks that the phones' round still collects (the listener closes when it stops). */
const WATCH_MS = 1_000;

export interface PhoneOptions {
  /** The phone page's own build (dist/phone, `vite build --mode phone`): phone.html and its files. */
  pageDir: string;
  port?: number;
  /** Addresses to offer besides the network interfaces' (tests: a second loopback address). */
  extraAddresses?: readonly string[];
  limits?: Partial<PhoneLimits>;
  /** Another page instead of phone.html (the bench's blank page). */
  page?: PhonePage;
  /** The network interfaces (replaceable in tests). */
  networkInterfaces?: () => ReturnType<typeof os.networkInterfaces>;
}

interface Active {
  workshopId: string;
  roundId: string;
  joinCode: string;
  listener: Listener;
}

/** The addresses of this laptop that phones on its networks can reach: no loopback, no link-local IPv6. */
export function reachableAddresses(
  nets: ReturnType<typeof os.networkInterfaces>,
  extra: readonly string[] = [],
): PhoneInterface[] {
  const out: PhoneInterface[] = [];
  for (const [name, list] of Object.entries(nets)) {
    for (const a of list ?? []) {
      if (a.internal || (a.family === 'IPv6' && /^fe80:/i.test(a.address))) continue;
      out.push({ name, address: a.address });
    }
  }
  // IPv4 first: it is what people can type.
  out.sort((a, b) => Number(a.address.includes(':')) - Number(b.address.includes(':')));
  for (const address of extra) if (!out.some((o) => o.address === address)) out.push({ name: 'test', address });
  return out;
}

/**
 * Phones on the local network, for both hosts (the desktop main process and the browser build's service): the
 * listener opens for one collecting round when the facilitator switches phones on, and closes when they switch
 * them off, when the round stops collecting (closed, deleted, replaced) and when the app quits (`stop`).
 * The phone channels run the same validated, policy-checked handlers as the kiosk, with the phone gate.
 */
export function createPhoneService(services: Services, options: PhoneOptions) {
  let active: Active | null = null;
  let chain: Promise<unknown> = Promise.resolve();
  /** Whether the listener's address is still one of this laptop's (false: it left that network). */
  let onNetwork = true;
  const nets = options.networkInterfaces ?? os.networkInterfaces;
  const handlers = createHandlers(services.api, {
    policyState: () => ({
      ...services.policyState(),
      phones: active && { workshopId: active.workshopId, roundId: active.roundId },
    }),
    only: PHONE_CHANNELS,
    surface: 'phone',
  });

  const status = (): PhoneStatus => {
    if (!active) return { active: null };
    const { address, port } = active.listener;
    return {
      active: {
        workshopId: active.workshopId,
        roundId: active.roundId,
        address,
        port,
        joinCode: active.joinCode,
        onNetwork,
        shortUrl: shortPhoneUrl(address, port),
        url: phoneUrl(address, port, active.joinCode),
      },
    };
  };

  async function stop(): Promise<PhoneStatus> {
    const was = active;
    active = null;
    await was?.listener.close();
    return status();
  }

  /** Whether phones have something to answer: the round collects, or a dot vote is open (after the survey too). */
  async function collecting(workshopId: string, roundId: string): Promise<boolean> {
    const store = await services.answers.get(workshopId, roundId).catch(() => null);
    if (store?.info.status === 'open') return true;
    if (store?.info.status !== 'closed') return false;
    const w = await services.repo.get(workshopId).catch(() => null);
    return !!w && ballotVoteOpen(w.workshop.room);
  }

  const watch = setInterval(() => {
    const was = active;
    if (!was) return;
    onNetwork = reachableAddresses(nets(), options.extraAddresses).some((i) => i.address === was.listener.address);
    void collecting(was.workshopId, was.roundId).then((open) => {
      if (!open && active === was) void stop();
    });
  }, WATCH_MS);
  watch.unref();

  async function open(workshopId: string, roundId: string, address: string): Promise<PhoneStatus> {
    const own = reachableAddresses(nets(), options.extraAddresses);
    if (!own.some((i) => i.address === address)) {
      throw new ServiceError(
        'invalid-input',
        `${address} is not an address of this laptop on a network now. Pick one from the list (connect to the room’s Wi-Fi or start the laptop’s hotspot first).`,
      );
    }
    if (!(await collecting(workshopId, roundId))) {
      throw new ServiceError(
        'refused',
        'Phones can answer only while the round collects answers or a dot vote is open: open one first.',
      );
    }
    await stop();
    const page = options.page ?? loadPhonePage(options.pageDir);
    const joinCode = newJoinCode(randomInt);
    const listen = (port: number) =>
      startListener({
        address,
        port,
        page,
        handlers,
        joinCode,
        round: { workshopId, roundId },
        limits: options.limits,
      });
    let listener: Listener;
    try {
      listener = await listen(options.port ?? DEFAULT_PHONE_PORT);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') listener = await listen(0);
      else
        throw new ServiceError(
          'refused',
          `Phones cannot be let in on ${address} (${code ?? 'the system refused'}). Check that this laptop is still on that network.`,
        );
    }
    active = { workshopId, roundId, joinCode, listener };
    onNetwork = true;
    return status();
  }

  const api: TandemApi['phones'] = {
    interfaces: async () => reachableAddresses(nets(), options.extraAddresses),
    status: async () => status(),
    start: (workshopId, roundId, address) => {
      // One start at a time: two quick clicks never leave two listeners.
      const run = chain.then(() => open(workshopId, roundId, address));
      chain = run.catch(() => undefined);
      return run;
    },
    stop,
  };

  /** What the hosts add to the services: the phones namespace, and round changes that close the listener at once. */
  const host: Implementation = {
    phones: api,
    survey: {
      ...services.api.survey,
      setRoundStatus: async (workshopId, roundId, next) => {
        const written = await services.api.survey.setRoundStatus(workshopId, roundId, next);
        if (
          next === 'closed' &&
          active?.workshopId === workshopId &&
          active.roundId === roundId &&
          !(await collecting(workshopId, roundId))
        )
          await stop();
        return written;
      },
    },
  };

  return {
    api,
    host,
    status,
    /** Closes the listener and the watch (the app quits). */
    shutdown: async () => {
      clearInterval(watch);
      await stop();
    },
  };
}
export type PhoneService = ReturnType<typeof createPhoneService>;
