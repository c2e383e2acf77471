import {css} from 'lit';

/**
 * The level badge and guidance shared by <symptom-flag> and <symptom-check>. The check shows the very
 * same badge, so both read the `--implantation-flag-<level>-*` tokens. Default pairs keep at least
 * 6.4:1 contrast in light and dark.
 */
export const guidanceStyles = css`
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    padding: 0.25em 0.75em;
    padding-inline-start: 0.5em;
    border: 1px solid transparent;
    border-radius: var(--implantation-flag-radius, 1em);
    font-weight: 600;
    color: var(--_level-fg);
    background: var(--_level-bg);
  }
  .badge svg {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  /* The levels' palette, as in base.styles.ts: plain light values first for browsers without
     light-dark(). "seek care" is also the check's error colour. */
  :host {
    --_c-ok: #116329;
    --_c-ok-bg: #dafbe1;
    --_c-seek: #a40e26;
    --_c-seek-bg: #ffebe9;
  }
  @supports (color: light-dark(red, red)) {
    :host {
      --_c-ok: light-dark(#116329, #7ee787);
      --_c-ok-bg: light-dark(#dafbe1, #0f2d1a);
      --_c-seek: light-dark(#a40e26, #ffa198);
      --_c-seek-bg: light-dark(#ffebe9, #3c1216);
    }
  }
  @supports not (color: light-dark(red, red)) {
    :host([theme~='dark' i]) {
      --_c-ok: #7ee787;
      --_c-ok-bg: #0f2d1a;
      --_c-seek: #ffa198;
      --_c-seek-bg: #3c1216;
    }
  }
  [data-level='typical'] {
    --_level-fg: var(--implantation-flag-typical-color, var(--_c-ok));
    --_level-bg: var(--implantation-flag-typical-background, var(--_c-ok-bg));
  }
  [data-level='seek-care'] {
    --_level-fg: var(--implantation-flag-seek-care-color, var(--_c-seek));
    --_level-bg: var(--implantation-flag-seek-care-background, var(--_c-seek-bg));
  }
  [data-level='info'] {
    --_level-fg: var(--implantation-flag-info-color, var(--_accent));
    --_level-bg: var(--implantation-flag-info-background, var(--implantation-color-accent-background, var(--_c-accent-bg)));
  }
  [part~='reasons-heading'] {
    margin-bottom: 0.25em;
    font-weight: 600;
  }
  [part~='reasons'] {
    margin: 0 0 0.75em;
    padding-inline-start: 1.25em;
  }
  [part~='not-diagnosis'] {
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
  }
`;
