import {css} from 'lit';

/**
 * Shared by every element. `all: initial` stops the host page's inherited styles (colour, line-height,
 * letter-spacing, text-transform...) from leaking in; custom properties survive `all`, so publishers
 * theme through `--implantation-*` tokens. Sizes are in em from a px base, never rem, so a page that
 * sets `html { font-size: 10px }` cannot shrink the widget.
 *
 * Page rules that match the host itself (`* { all: revert }`, `body * { color: white !important }`)
 * beat any normal `:host` rule, so what makes the widget readable is `!important` here: in the cascade
 * an important shadow rule beats even the page's important ones. Box properties (margin, width,
 * position) stay normal so publishers can still place the widget; `display` is locked because an
 * inline host would lose its background, so publishers hide it with the `hidden` attribute.
 */
// Colours use light-dark(): the reader's colour scheme picks one unless `theme` forces it.
export const baseStyles = css`
  :host {
    all: initial;
    display: block !important;
    box-sizing: border-box;
    max-width: 100%;
    font-family: var(--implantation-font-family, inherit) !important;
    font-size: var(--implantation-font-size, 16px) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    line-height: 1.5 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-shadow: none !important;
    text-transform: none !important;
    white-space: normal !important;
    overflow-wrap: break-word !important;
    cursor: auto !important;
    color-scheme: light dark !important;
    --_fg: var(--implantation-color-text, light-dark(#1f2328, #e6edf3));
    --_bg: var(--implantation-color-background, light-dark(#ffffff, #0d1117));
    --_muted: var(--implantation-color-muted, light-dark(#57606a, #9ea7b3));
    --_border: var(--implantation-color-border, light-dark(#8c959f, #6e7681));
    --_accent: var(--implantation-color-accent, light-dark(#0a58a8, #79b8ff));
    --_accent-bg: var(--implantation-color-accent-background, light-dark(#eef5fd, #102a45));
    --_focus: var(--implantation-focus-color, light-dark(#0a58a8, #79b8ff));
    --_radius: var(--implantation-radius, 0.5em);
    --_space: var(--implantation-spacing, 1em);
    color: var(--_fg) !important;
    background: var(--_bg) !important;
  }
  :host([theme='light']) {
    color-scheme: light !important;
  }
  :host([theme='dark']) {
    color-scheme: dark !important;
  }
  :host([hidden]),
  [hidden]:not([hidden='until-found']) {
    display: none !important;
  }
  /* Not inherited from the host, which the page may set to content-box. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2, h3, h4, h5, h6 {
    margin: 0 0 0.5em;
    line-height: 1.25;
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
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
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
