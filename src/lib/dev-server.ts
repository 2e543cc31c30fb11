/**
 * Whether this code runs in the dev server (`npm run dev`) rather than a build. Keyed on the mode
 * (`astro dev` is "development", `astro build` "production"), not on import.meta.env.DEV: Vite
 * derives DEV from NODE_ENV, so a build run with NODE_ENV=test (as under vitest, and so in CI)
 * would take the dev server's ways. Outside Vite (plain Node scripts) there is no import.meta.env.
 */
export const IN_DEV_SERVER: boolean = import.meta.env?.MODE === 'development';
