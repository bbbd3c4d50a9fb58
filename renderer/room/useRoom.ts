import type { Draft } from 'immer';
import { nudgeItem, placeItem } from '../../shared/domain/room/matrix';
import type { RoomDecisions } from '../../shared/schema/room';
import { useTandem } from '../store';

/** Changes the room's decisions of the open workshop (saved like every other edit). */
export function useRoomUpdate(): (recipe: (room: Draft<RoomDecisions>) => void) => void {
  const updateWorkshop = useTandem((s) => s.updateWorkshop);
  return (recipe) =>
    updateWorkshop((d) => {
      recipe(d.room);
    });
}

/**
 * Runs a pure decision rule on the current room: applies its result, or tells why not (nothing changes
 * then). Returns the message, or null when applied.
 */
export function useRoomRule() {
  const update = useRoomUpdate();
  return function run<R extends object>(
    rule: (room: RoomDecisions) => R,
    apply: (room: Draft<RoomDecisions>, result: Exclude<R, { error: unknown }>) => void,
  ): string | null {
    const room = useTandem.getState().workshop?.room;
    if (!room) return 'No workshop is open.';
    const r = rule(room);
    if ('error' in r) {
      const e = (r as { error: { message: string } | string }).error;
      return typeof e === 'string' ? e : e.message;
    }
    update((d) => apply(d, r as Exclude<R, { error: unknown }>));
    return null;
  };
}

/** What dragging or nudging an item on the impact / effort 2x2 does, on the tab and on the slide alike. */
export function useMatrixMoves() {
  const update = useRoomUpdate();
  return {
    onPlace: (id: string, impact: number, effort: number) =>
      update((r) => {
        r.shortList = placeItem(r.shortList, id, impact, effort);
      }),
    onNudge: (id: string, delta: Parameters<typeof nudgeItem>[2]) =>
      update((r) => {
        r.shortList = nudgeItem(r.shortList, id, delta);
      }),
  };
}
