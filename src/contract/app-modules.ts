// What the boot script loads once the page has painted: the app's entry, and the modules it imports (preloaded
// alongside, so they arrive together instead of one import level at a time). The server writes it into the page
// from the build's manifest; the boot script, inlined in the page, reads it.

export const APP_MODULES_ELEMENT_ID = 'app-modules';

export type AppModules = { entry: string; preload: string[] };
