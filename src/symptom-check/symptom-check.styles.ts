import {css} from 'lit';
import {cardHost, cardStyles} from '../shared/base.styles.js';

export const checkStyles = [cardHost, cardStyles, css`
  /* The error colour defaults to the "seek care" badge colour (guidance.styles.ts). */
  :host {
    --_error: var(--implantation-check-error-color, var(--_c-seek));
  }
  /* The card itself is .card in base.styles.ts; these keep the check's own tokens working. */
  [part~='check'] {
    padding: var(--implantation-check-padding, var(--implantation-card-padding, var(--_space)));
    border-color: var(--implantation-check-border-color, var(--implantation-card-border-color, var(--_border)));
  }
  [part~='title'] {
    font-size: var(--implantation-check-title-size, 1.25em);
  }
  fieldset {
    /* Fieldsets default to min-content width, which would scroll sideways at 320 px. */
    min-inline-size: 0;
    margin: 0 0 0.75em;
    padding: 0.25em 0.75em;
    border: 1px solid var(--implantation-check-border-color, var(--_border));
    border-radius: var(--_radius);
  }
  fieldset.missing {
    border: 2px solid var(--_error);
  }
  legend {
    padding: 0 0.25em;
    font-weight: 600;
  }
  [part~='option'] {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 44px;
    cursor: pointer;
  }
  input {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }
  [part~='error'] {
    color: var(--_error);
    font-weight: 600;
  }
  button {
    min-height: 44px;
    padding: 0 1em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: none;
    cursor: pointer;
  }
  [part~='submit'] {
    color: var(--implantation-color-accent-text, var(--_c-bg));
    background: var(--_accent);
  }
  [part~='result-heading'] {
    margin-top: var(--_space);
    font-size: var(--implantation-check-heading-size, 1.125em);
  }
  [part~='status'] {
    margin-bottom: 0.75em;
  }
  @media (forced-colors: active) {
    fieldset.missing {
      border-color: Mark;
    }
  }
  /* On paper the questions read as a list with the chosen answers in bold. */
  @media print {
    button,
    input {
      display: none;
    }
    [part~='option'] {
      min-height: 0;
    }
    [part~='option']:has(:checked) {
      font-weight: 700;
    }
  }
`];
