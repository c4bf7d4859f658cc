/**
 * Pages besides the welcome page that open before the household is set up: a code link (an
 * invite explains itself) and restoring a backup (how a new phone gets its data back). Each is
 * the route's name and the first segment of its path. Read by the router's guard and by the
 * inline script that paints the welcome page on a first visit (src/cli/prerender), which must
 * paint nothing for these.
 */
export const OPEN_BEFORE_ONBOARDING: readonly string[] = ['code', 'restore']
