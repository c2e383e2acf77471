import {css} from 'lit';

export const articleStyles = css`
  article {
    padding: var(--implantation-article-padding, var(--_space));
    border: 1px solid var(--implantation-article-border-color, var(--_border));
    border-radius: var(--_radius);
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
    article {
      border: 0;
      padding: 0;
    }
  }
`;
