import {css} from 'lit';

export const flagStyles = css`
  [part~='flag'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin: 0;
  }
  /* Short enough to sit in a table cell beside the badge; never wraps mid-phrase. */
  [part~='note'] {
    font-size: 0.875em;
    white-space: nowrap;
  }
  [part~='toggle'] {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-width: 44px;
    min-height: 44px;
    padding: 0 0.75em;
    border: 1px solid var(--implantation-flag-border-color, var(--_border));
    border-radius: var(--_radius);
    background: none;
    cursor: pointer;
  }
  /* A chevron, so the open state is visible without relying on the words. */
  [part~='toggle']::after {
    content: '';
    width: 0.4em;
    height: 0.4em;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: translateY(-25%) rotate(45deg);
  }
  [aria-expanded='true']::after {
    transform: translateY(25%) rotate(-135deg);
  }
  [part~='details'] {
    margin-top: 0.5em;
    padding: var(--implantation-flag-details-padding, 0.75em 1em);
    border: 1px solid var(--implantation-flag-border-color, var(--_border));
    border-radius: var(--_radius);
  }
  @media print {
    [part~='toggle'] {
      display: none;
    }
    [part~='details'][hidden] {
      display: block !important;
    }
  }
`;
