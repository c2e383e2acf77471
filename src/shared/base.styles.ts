import {css} from 'lit';

/**
 * Shared by every element. Two layers, because CSS cannot tell a publisher's rule on the tag from a
 * global reset that happens to match it:
 *
 * - `:host` holds only what a publisher may legitimately set on the tag: `display`, `margin`,
 *   `font-family`, `font-size`, `color`, `background`, `color-scheme`. All normal declarations, so any
 *   outer rule on the element wins, as web-component convention says.
 * - The shadow tree's top-level elements reset everything else that inherits (line-height, letter- and
 *   word-spacing, text-transform, alignment, weight...), so `body * { text-transform: uppercase }` and
 *   friends stop at the host. Selectors like `div`, `button` or `*` never match inside a shadow root.
 *
 * Sizes are in em from the host, never rem, so `html { font-size: 10px }` cannot shrink the widget; the
 * host follows its parent's size but never drops below 16 px unless a rule on the tag says so.
 *
 * Colours are tokens. `light-dark()` picks by the inherited `color-scheme`, so by default the widget
 * follows the page, not the reader's system; `theme` forces one. Browsers without light-dark() get the
 * plain light values declared first (the @supports block only overrides where it is understood).
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    margin-block: var(--implantation-margin-block, 1.5em);
    font-family: var(--implantation-font-family, inherit);
    font-size: var(--implantation-font-size, max(16px, 1em));
    color: var(--_fg);
    background: var(--_bg);
    --_fg: var(--implantation-color-text, #1f2328);
    --_bg: var(--implantation-color-background, transparent);
    --_card-bg: var(--implantation-card-background, var(--implantation-color-background, #ffffff));
    --_muted: var(--implantation-color-muted, #57606a);
    --_border: var(--implantation-color-border, #8c959f);
    --_accent: var(--implantation-color-accent, #0a58a8);
    --_accent-fg: var(--implantation-color-accent-text, #ffffff);
    --_accent-bg: var(--implantation-color-accent-background, #eef5fd);
    --_focus: var(--implantation-focus-color, #0a58a8);
    --_focus-width: var(--implantation-focus-width, 3px);
    --_focus-offset: var(--implantation-focus-offset, 2px);
    --_focus-shadow: var(--implantation-focus-shadow, none);
    --_error: var(--implantation-check-error-color, #a40e26);
    --_radius: var(--implantation-radius, 0.5em);
    --_space: var(--implantation-spacing, 1em);
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_fg: var(--implantation-color-text, light-dark(#1f2328, #e6edf3));
      --_card-bg: var(--implantation-card-background, var(--implantation-color-background, light-dark(#ffffff, #0d1117)));
      --_muted: var(--implantation-color-muted, light-dark(#57606a, #9ea7b3));
      --_border: var(--implantation-color-border, light-dark(#8c959f, #6e7681));
      --_accent: var(--implantation-color-accent, light-dark(#0a58a8, #79b8ff));
      --_accent-fg: var(--implantation-color-accent-text, light-dark(#ffffff, #0d1117));
      --_accent-bg: var(--implantation-color-accent-background, light-dark(#eef5fd, #102a45));
      --_focus: var(--implantation-focus-color, light-dark(#0a58a8, #79b8ff));
      --_error: var(--implantation-check-error-color, light-dark(#a40e26, #ffa198));
    }
  }
  /* A dark page that declares no color-scheme (set by page-look.ts); a theme below still wins. */
  :host(:state(page-dark)) {
    color-scheme: dark;
  }
  /* No theme: the inherited color-scheme (the page's). "auto": the reader's system. ~= and i: the
     value is matched as a trimmed, case-insensitive word (" Dark " is dark). */
  :host([theme~='auto' i]) {
    color-scheme: light dark;
  }
  :host([theme~='light' i]) {
    color-scheme: light;
  }
  :host([theme~='dark' i]) {
    color-scheme: dark;
  }
  /* Without light-dark(), a forced dark theme still needs dark colours. */
  @supports not (color: light-dark(#000, #fff)) {
    :host([theme~='dark' i]) {
      --_fg: var(--implantation-color-text, #e6edf3);
      --_card-bg: var(--implantation-card-background, var(--implantation-color-background, #0d1117));
      --_muted: var(--implantation-color-muted, #9ea7b3);
      --_border: var(--implantation-color-border, #6e7681);
      --_accent: var(--implantation-color-accent, #79b8ff);
      --_accent-fg: var(--implantation-color-accent-text, #0d1117);
      --_accent-bg: var(--implantation-color-accent-background, #102a45);
      --_focus: var(--implantation-focus-color, #79b8ff);
      --_error: var(--implantation-check-error-color, #ffa198);
    }
  }
  /* Set by page-look.ts when the page gives no font at all (the browser's default serif). */
  :host(:state(system-font)) {
    font-family: var(--implantation-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
  }
  :host([hidden]),
  [hidden]:not([hidden='until-found']) {
    display: none !important;
  }
  /*
   * The inheritance firewall: the shadow root's top-level elements take every inherited property
   * except the few the tag may set (font family and size, colour) from here, not from the page.
   */
  .root {
    display: block;
    margin: 0;
    padding: 0;
    border: 0;
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    line-height: var(--implantation-line-height, 1.5);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    text-transform: none;
    text-decoration: none;
    white-space: normal;
    overflow-wrap: break-word;
    cursor: auto;
    visibility: visible;
    list-style: none;
  }
  /*
   * One card style for every widget that is a card (article, check, and the FAQ with card). The card's
   * background is the host's (cardHost below), next to the host's text colour: a rule on the tag that
   * changes one can change the other, and the text stays on the background it was meant for.
   */
  .card {
    padding: var(--implantation-card-padding, var(--_space));
    border: var(--implantation-card-border-width, 1px) solid var(--implantation-card-border-color, var(--_border));
    border-radius: var(--_radius);
    box-shadow: var(--implantation-card-shadow, none);
  }
  /* Not inherited from the host, which the page may set to content-box. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2, h3, h4, h5, h6 {
    margin: 0 0 0.5em;
    font-family: var(--implantation-heading-font-family, inherit);
    font-weight: var(--implantation-heading-font-weight, 700);
    line-height: 1.25;
    color: var(--implantation-heading-color, inherit);
  }
  p {
    margin: 0 0 0.75em;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
  }
  button {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: var(--_focus-offset);
    box-shadow: var(--_focus-shadow);
  }
  footer {
    margin-top: var(--_space);
    padding-top: 0.75em;
    border-top: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.875em;
  }
  footer p:last-child {
    margin-bottom: 0;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *, *::before, *::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;

/**
 * The host side of a card: its background (a rule on the tag still wins) with the card's corners. A
 * plain sheet, not a selector interpolated into css``: the literal minifier cannot parse a selector
 * that is a template expression, and would leave every stylesheet unminified.
 */
export const cardHost = css`
  :host {
    --_bg: var(--_card-bg);
    border-radius: var(--_radius);
  }
`;
