import { HomeScreen } from './home/HomeScreen';
import { eagerScreen, lazyScreen, type Loadable } from './loading/lazyScreen';
import type { Route } from './router';

/**
 * The facilitator's screens by route. Home comes with the page; every other screen is a chunk of its own,
 * loaded when first needed (or ahead, when the browser is idle). The kiosk is another page (kiosk.html).
 */
export const SCREENS = {
  home: eagerScreen(HomeScreen),
  workshop: lazyScreen(() => import('./workshop/WorkshopScreen').then((m) => m.WorkshopScreen)),
  present: lazyScreen(() => import('./present/PresentScreen').then((m) => m.PresentScreen)),
  audience: lazyScreen(() => import('./present/AudienceScreen').then((m) => m.AudienceScreen)),
  print: lazyScreen(() => import('./print/PrintScreen').then((m) => m.PrintScreen)),
};

/** The screen of a route (the kiosk route never renders here: App sends it to kiosk.html). */
export function screenOf(route: Route): Loadable {
  return route.name === 'kiosk' ? SCREENS.home : SCREENS[route.name];
}

/** The screen for a route, once its code is loaded (App makes sure it is before rendering this). */
export function RouteScreen({ route }: { route: Route }) {
  switch (route.name) {
    case 'workshop': {
      const Workshop = SCREENS.workshop.loaded();
      return Workshop && <Workshop workshopId={route.workshopId} tab={route.tab} />;
    }
    case 'present':
    case 'audience':
    case 'print': {
      const Screen = SCREENS[route.name].loaded();
      return Screen && <Screen />;
    }
    default:
      return <HomeScreen />;
  }
}
