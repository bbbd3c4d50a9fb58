import { HomeScreen } from './home/HomeScreen';
import { eagerScreen, lazyScreen, type Loadable } from './loading/lazyScreen';
import type { Route } from './router';

/**
 * The facilitator's screens by route. Home comes with the page; every other screen is a chunk of its own,
 * loaded when first needed (or ahead, when the browser is idle). The kiosk and the print page are pages of their
 * own (kiosk.html, print.html).
 */
export const SCREENS = {
  home: eagerScreen(HomeScreen),
  workshop: lazyScreen(() => import('./workshop/WorkshopScreen').then((m) => m.WorkshopScreen)),
  present: lazyScreen(() => import('./present/PresentScreen').then((m) => m.PresentScreen)),
  audience: lazyScreen(() => import('./present/AudienceScreen').then((m) => m.AudienceScreen)),
};

/** The screen of a route (kiosk and print routes never render here: App sends them to their own pages). */
export function screenOf(route: Route): Loadable {
  return route.name === 'kiosk' || route.name === 'print' ? SCREENS.home : SCREENS[route.name];
}

/** The screen for a route, once its code is loaded (App makes sure it is before rendering this). */
export function RouteScreen({ route }: { route: Route }) {
  switch (route.name) {
    case 'workshop': {
      const Workshop = SCREENS.workshop.loaded();
      return Workshop && <Workshop workshopId={route.workshopId} tab={route.tab} />;
    }
    case 'present':
    case 'audience': {
      const Screen = SCREENS[route.name].loaded();
      return Screen && <Screen />;
    }
    default:
      return <HomeScreen />;
  }
}
