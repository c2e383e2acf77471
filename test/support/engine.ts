// Which engine runs this page and what its driver cannot do (test/support/launchers.mjs is the server
// side). A test that needs something an engine's driver lacks is registered as skipped there, with the
// reason in its title, so the count reporter prints it; every other engine runs it.
import {executeServerCommand} from '@web/test-runner-commands';
import {emulateInCssom, type Media} from './cssom-media.js';

type Limits = {cssomMedia?: boolean; systemColorScheme?: string; minWidth?: number};

// One question per page, asked before any test is registered.
const info = await executeServerCommand<{engine: string; limits: Limits}, undefined>('engine-info');
export const engine = info?.engine ?? 'unknown';
export const limits: Limits = info?.limits ?? {};

/** `it`, or a skipped `it` whose title says why, when `reason` is set for this engine. */
export function itUnless(reason: string | undefined, title: string, fn: () => Promise<void>) {
  return reason ? it.skip(`${title} [skipped in ${engine}: ${reason}]`, fn) : it(title, fn);
}

/**
 * Emulates print, colour scheme and reduced motion: through the driver where it can (Chromium, Firefox),
 * and in WebKit by rewriting the page's media rules (cssom-media.ts says what that does and does not
 * cover). Call it after the elements under test are rendered.
 */
export const emulateMedia = async (media: Media) =>
  limits.cssomMedia ? emulateInCssom(media) : executeServerCommand('engine-emulate-media', media);

/** Sets the viewport; in WebKit the window, which cannot get narrower than `limits.minWidth`. */
export const setViewport = (size: {width: number; height: number}) => executeServerCommand('engine-set-viewport', size);
