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
 * Colours are tokens. Each default is a palette colour (`--_c-*`, one per colour, shared by the tokens
 * that default to the same colour), so a token's name is written once and only the palette is written per
 * scheme. `light-dark()` picks by the inherited `color-scheme`, so by default the widget follows the page,
 * not the reader's system; `theme` forces one. Browsers without light-dark() get the plain light values
 * declared first (the @supports block only overrides where it is understood).
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    margin-block: var(--implantation-margin-block, 1.5em);
    font-family: var(--implantation-font-family, inherit);
    font-size: var(--implantation-font-size, max(16px, 1em));
    color: var(--implantation-color-text, var(--_c-fg));
    background: var(--implantation-color-background, transparent);
    --_border: var(--implantation-color-border, var(--_c-border));
    --_accent: var(--implantation-color-accent, var(--_c-accent));
    --_radius: var(--implantation-radius, 0.5em);
    --_space: var(--implantation-spacing, 1em);
    --_c-fg: #1f2328;
    --_c-bg: #ffffff;
    --_c-muted: #57606a;
    --_c-border: #8c959f;
    --_c-accent: #0a58a8;
    --_c-accent-bg: #eef5fd;
  }
  @supports (color: light-dark(red, red)) {
    :host {
      --_c-fg: light-dark(#1f2328, #e6edf3);
      --_c-bg: light-dark(#ffffff, #0d1117);
      --_c-muted: light-dark(#57606a, #9ea7b3);
      --_c-border: light-dark(#8c959f, #6e7681);
      --_c-accent: light-dark(#0a58a8, #79b8ff);
      --_c-accent-bg: light-dark(#eef5fd, #102a45);
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
  @supports not (color: light-dark(red, red)) {
    :host([theme~='dark' i]) {
      --_c-fg: #e6edf3;
      --_c-bg: #0d1117;
      --_c-muted: #9ea7b3;
      --_c-border: #6e7681;
      --_c-accent: #79b8ff;
      --_c-accent-bg: #102a45;
    }
  }
  /* Set by page-look.ts when the page gives no font at all (the browser's default serif). Every browser
     that can match :state() has system-ui, so no older names (-apple-system, Segoe UI...) follow it. */
  :host(:state(system-font)) {
    font-family: var(--implantation-font-family, system-ui, sans-serif);
  }
  :host([hidden]),
  [hidden]:not([hidden='until-found']) {
    display: none !important;
  }
  /*
   * The inheritance firewall: the shadow root's top-level elements take every inherited property
   * except the few the tag may set (font family and size, colour) from here, not from the page. Only
   * inherited ones: no page rule reaches the shadow tree itself, so its own (section, article, p) keep
   * the browser's defaults, and text-decoration on the host draws through whatever is set here.
   */
  .root {
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
    white-space: normal;
    overflow-wrap: break-word;
    cursor: auto;
    visibility: visible;
    list-style: none;
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
  }
  button {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: var(--implantation-focus-width, 3px) solid var(--implantation-focus-color, var(--_c-accent));
    outline-offset: var(--implantation-focus-offset, 2px);
    box-shadow: var(--implantation-focus-shadow, none);
  }
  footer {
    margin-top: var(--_space);
    padding-top: 0.75em;
    border-top: 1px solid var(--_border);
    color: var(--implantation-color-muted, var(--_c-muted));
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
`;

/**
 * One card style for every widget that is a card (article, check, and the FAQ with card), in the sheets
 * of those three only. The card's background is the host's (cardHost below), next to the host's text
 * colour: a rule on the tag that changes one can change the other, and the text stays on the background
 * it was meant for.
 */
export const cardStyles = css`
  .card {
    padding: var(--implantation-card-padding, var(--_space));
    border: var(--implantation-card-border-width, 1px) solid var(--implantation-card-border-color, var(--_border));
    border-radius: var(--_radius);
    box-shadow: var(--implantation-card-shadow, none);
  }
`;

/**
 * The host side of a card: its background (a rule on the tag still wins) with the card's corners. A
 * plain sheet, not a selector interpolated into css``: the literal minifier cannot parse a selector
 * that is a template expression, and would leave every stylesheet unminified. The FAQ, a card only
 * when asked, has the same declarations under :host([card]).
 */
export const cardHost = css`
  :host {
    background: var(--implantation-card-background, var(--implantation-color-background, var(--_c-bg)));
    border-radius: var(--_radius);
  }
`;
