import { createApp } from '../../src/app.js';

// The routes Express registers, as the tests that must cover every one of them see them.

interface ListedRoute {
  path: string | RegExp;
  methods?: string[];
  router?: RouteListing;
}
/** router@2's listing of registered routes and mounted routers (Express 5's app.router). */
interface RouteListing {
  listRoutes(): ListedRoute[];
}
export interface Endpoint {
  method: string;
  path: string;
}

function endpointsOf(router: RouteListing, prefix = ''): Endpoint[] {
  return router.listRoutes().flatMap((route) => {
    if (typeof route.path !== 'string') throw new Error(`a route by regular expression (${String(route.path)}): the route-walking tests cannot fill it in`);
    const path = route.path === '/' ? prefix || '/' : `${prefix}${route.path}`;
    if (route.router) return endpointsOf(route.router, route.path === '/' ? prefix : path);
    // Only plain segments and named parameters: a wildcard or optional group would need inputs of its own.
    if (!/^(\/[\w.-]*|\/:\w+)+$/.test(path)) throw new Error(`a route path the route-walking tests cannot fill in: ${path}`);
    return (route.methods ?? []).filter((m) => m !== 'HEAD').map((method) => ({ method, path }));
  });
}

/** Every method and path of the very assembly the running app serves (`createApp`), listed by router@2's listRoutes. */
export function registeredEndpoints(): Endpoint[] {
  return endpointsOf((createApp() as unknown as { router: RouteListing }).router);
}
