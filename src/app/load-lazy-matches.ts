import { matchRoutes, type RouteObject } from 'react-router-dom';

/**
 * Loads the modules of the lazy routes that match `location` into the route objects, before the
 * router is created. Hydration has to start from the tree the server rendered; without this the
 * router's first render of a lazy route (the editor) is empty, and React throws the server's HTML away.
 */
export async function loadLazyMatches(routes: RouteObject[], location: string): Promise<void> {
  const lazy = (matchRoutes(routes, location) ?? []).filter((match) => typeof match.route.lazy === 'function');
  await Promise.all(
    lazy.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      const module = await route.lazy();
      Object.assign(route, { ...module, lazy: undefined });
    }),
  );
}
