// Baseline (f), the equal-work Lit floor: the least Lit code that renders what a default
// <implantation-faq> renders: every question (not 8) as native <details> in a shadow root, then the
// footer's credit line, reviewed date and disclaimer. The text is in the module, like ours, and the
// date is a ready string (formatting is part of the work we are measured on, not of the floor).
// Nothing more: no ARIA work, no themes, no define guard. Budgets of DESIGN.md section 8 divide by it.
import {LitElement, css, html} from 'lit';
import {all, footer} from '../.pages/faq-data.js';

class LitFloorEqualFaq extends LitElement {
  static styles = css`:host { display: block; }`;

  render() {
    return html`${all.map(([question, answer]) =>
      html`<details><summary>${question}</summary>${answer.map((p) => html`<p>${p}</p>`)}</details>`)}
      <footer><p>${footer[0]} ${footer[1]}</p><p>${footer[2]}</p></footer>`;
  }
}
customElements.define('lit-floor-equal-faq', LitFloorEqualFaq);
