import {css} from 'lit';
import {cardStyles} from '../shared/base.styles.js';

export const faqStyles = [cardStyles, css`
  /* A card when asked: the same as cardHost in base.styles.ts, for [card] only. */
  :host([card]) {
    background: var(--implantation-card-background, var(--implantation-color-background, var(--_c-bg)));
    border-radius: var(--_radius);
  }
  [part~='toggle-all'] {
    display: block;
    min-height: 44px;
    margin: 0 0 0.5em;
    margin-inline-start: auto;
    padding: 0 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: none;
    cursor: pointer;
  }
  [part~='item'] {
    border-bottom: 1px solid var(--implantation-faq-border-color, var(--_border));
  }
  /* The last question's line is the footer's rule: one line, not two. */
  [part~='item'] + footer {
    border-top: 0;
  }
  [part~='heading'] {
    margin: 0;
    font-size: var(--implantation-faq-question-size, 1.0625em);
  }
  /* A block, not a flex row: with a flex item per question, style and layout of a page of FAQs cost
     about a seventh more (bench). The chevron sits in the end padding instead. */
  [part~='question'] {
    display: block;
    position: relative;
    width: 100%;
    min-height: 44px;
    padding: 0.5em 0.25em;
    padding-inline-end: 1.75em;
    border: 0;
    background: none;
    color: var(--implantation-faq-question-color, inherit);
    text-align: start;
    cursor: pointer;
  }
  [part~='question']:hover {
    background: var(--implantation-faq-hover-background, var(--implantation-color-accent-background, var(--_c-accent-bg)));
  }
  /* A chevron drawn with borders: no icon font, no image request, and it follows currentColor. */
  [part~='question']::after {
    content: '';
    position: absolute;
    top: 50%;
    inset-inline-end: 0.5em;
    width: 0.5em;
    height: 0.5em;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: translateY(-75%) rotate(45deg);
    transition: transform 0.2s;
  }
  [aria-expanded='true']::after {
    transform: translateY(-25%) rotate(-135deg);
  }
  /* No padding here: a closed answer is size-contained by hidden=until-found, and padding would show. */
  [part~='answer'] {
    margin-inline: 0.25em;
  }
  @media (forced-colors: active) {
    /* Forced colours drop the hover background, so hover needs a shape of its own. */
    [part~='question']:hover {
      text-decoration: underline;
    }
    [part~='question']::after {
      border-color: ButtonText;
    }
  }
  /* Only the FAQ moves (the chevron), so only its sheet carries the reduced-motion stop, for all of it. */
  @media (prefers-reduced-motion: reduce) {
    *, *::before, *::after {
      transition: none !important;
      animation: none !important;
    }
  }
  @media print {
    [part~='toggle-all'],
    [part~='question']::after {
      display: none;
    }
    [part~='question'] {
      min-height: 0;
    }
    /* Overrides the browser's content-visibility: hidden for hidden=until-found, and the display: none
       of browsers that predate until-found and read it as plain hidden. */
    [part~='answer'] {
      display: block;
      content-visibility: visible;
    }
  }
`];
