import {css} from 'lit';
import {cardHost, cardStyles} from '../shared/base.styles.js';

export const articleStyles = [cardHost, cardStyles, css`
  /* The card itself is .card in base.styles.ts; these keep the article's own tokens working, so they
     need a selector as specific as .card (the tag name alone loses to it). */
  [part~='article'] {
    padding: var(--implantation-article-padding, var(--implantation-card-padding, var(--_space)));
    border-color: var(--implantation-article-border-color, var(--implantation-card-border-color, var(--_border)));
  }
  [part~='title'] {
    font-size: var(--implantation-article-title-size, 1.5em);
  }
  section + section {
    margin-top: var(--_space);
  }
  [part~='heading'] {
    font-size: var(--implantation-article-heading-size, 1.125em);
  }
  @media print {
    [part~='article'] {
      border: 0;
      padding: 0;
    }
  }
`];
