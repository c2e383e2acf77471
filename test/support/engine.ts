// Which engine runs this page and what its driver cannot do (test/support/launchers.mjs is the server
// side). A test that needs something an engine's driver lacks is registered as skipped there, with the
// reason in its title, so the count reporter prints it; every other engine runs it.
import {executeServerCommand} from '@web/test-runner-commands';

type Media = {media?: 'screen' | 'print'; colorScheme?: 'light' | 'dark' | 'no-preference'; reducedMotion?: 'reduce' | 'no-preference'};
type Limits = {media?: string; minWidth?: number; textFragmentInFrame?: string};

// One question per page, asked before any test is registered.
const info = await executeServerCommand<{engine: string; limits: Limits}, undefined>('engine-info');
export const engine = info?.engine ?? 'unknown';
export const limits: Limits = info?.limits ?? {};

/** `it`, or a skipped `it` whose title says why, when `reason` is set for this engine. */
export function itUnless(reason: string | undefined, title: string, fn: () => Promise<void>) {
  return reason ? it.skip(`${title} [skipped in ${engine}: ${reason}]`, fn) : it(title, fn);
}

/** Emulates print, colour scheme and reduced motion in every engine that can (Chromium, Firefox). */
export const emulateMedia = (media: Media) => executeServerCommand('engine-emulate-media', media);

/** Sets the viewport; in WebKit the window, which cannot get narrower than `limits.minWidth`. */
export const setViewport = (size: {width: number; height: number}) => executeServerCommand('engine-set-viewport', size);
