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
  /* Plain light values first for browsers without light-dark(); see base.styles.ts. */
  [data-level='typical'] {
    --_level-fg: var(--implantation-flag-typical-color, #116329);
    --_level-bg: var(--implantation-flag-typical-background, #dafbe1);
  }
  [data-level='seek-care'] {
    --_level-fg: var(--implantation-flag-seek-care-color, #a40e26);
    --_level-bg: var(--implantation-flag-seek-care-background, #ffebe9);
  }
  @supports (color: light-dark(#000, #fff)) {
    [data-level='typical'] {
      --_level-fg: var(--implantation-flag-typical-color, light-dark(#116329, #7ee787));
      --_level-bg: var(--implantation-flag-typical-background, light-dark(#dafbe1, #0f2d1a));
    }
    [data-level='seek-care'] {
      --_level-fg: var(--implantation-flag-seek-care-color, light-dark(#a40e26, #ffa198));
      --_level-bg: var(--implantation-flag-seek-care-background, light-dark(#ffebe9, #3c1216));
    }
  }
  @supports not (color: light-dark(#000, #fff)) {
    :host([theme~='dark' i]) [data-level='typical'] {
      --_level-fg: var(--implantation-flag-typical-color, #7ee787);
      --_level-bg: var(--implantation-flag-typical-background, #0f2d1a);
    }
    :host([theme~='dark' i]) [data-level='seek-care'] {
      --_level-fg: var(--implantation-flag-seek-care-color, #ffa198);
      --_level-bg: var(--implantation-flag-seek-care-background, #3c1216);
    }
  }
  [data-level='info'] {
    --_level-fg: var(--implantation-flag-info-color, var(--_accent));
    --_level-bg: var(--implantation-flag-info-background, var(--_accent-bg));
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
