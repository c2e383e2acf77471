import {css} from 'lit';

/**
 * Shared by every element. `all: initial` stops the host page's inherited styles (colour, line-height,
 * letter-spacing, text-transform...) from leaking in; custom properties survive `all`, so publishers
 * theme through `--implantation-*` tokens. Sizes are in em from a px base, never rem, so a page that
 * sets `html { font-size: 10px }` cannot shrink the widget.
 */
// Colours use light-dark(): the reader's colour scheme picks one unless `theme` forces it.
export const baseStyles = css`
  :host {
    all: initial;
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    font-family: var(--implantation-font-family, inherit);
    font-size: var(--implantation-font-size, 16px);
    line-height: 1.5;
    overflow-wrap: break-word;
    color-scheme: light dark;
    --_fg: var(--implantation-color-text, light-dark(#1f2328, #e6edf3));
    --_bg: var(--implantation-color-background, light-dark(#ffffff, #0d1117));
    --_muted: var(--implantation-color-muted, light-dark(#57606a, #9ea7b3));
    --_border: var(--implantation-color-border, light-dark(#8c959f, #6e7681));
    --_accent: var(--implantation-color-accent, light-dark(#0a58a8, #79b8ff));
    --_accent-bg: var(--implantation-color-accent-background, light-dark(#eef5fd, #102a45));
    --_focus: var(--implantation-focus-color, light-dark(#0a58a8, #79b8ff));
    --_radius: var(--implantation-radius, 0.5em);
    --_space: var(--implantation-spacing, 1em);
    color: var(--_fg);
    background: var(--_bg);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]),
  [hidden]:not([hidden='until-found']) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
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
