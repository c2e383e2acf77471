// Baseline (b), the Lit floor: the least code that renders the same 8 questions and answers as native
// <details> in a shadow root, with the text inside the module like ours. Nothing more: no styles beyond
// display, no ARIA work, no footer, no themes, no define guard.
import {LitElement, css, html} from 'lit';
import {questions} from '../.pages/faq-data.js';

class LitFloorFaq extends LitElement {
  static styles = css`:host { display: block; }`;

  render() {
    return questions.map(([question, answer]) =>
      html`<details><summary>${question}</summary>${answer.map((p) => html`<p>${p}</p>`)}</details>`);
  }
}
customElements.define('lit-floor-faq', LitFloorFaq);
