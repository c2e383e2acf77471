import {ImplantationFaq} from './implantation-faq.js';

ImplantationFaq.define();

export {ImplantationFaq};
export type {FaqToggleDetail} from './implantation-faq.js';

declare global {
  interface HTMLElementTagNameMap {
    'implantation-faq': ImplantationFaq;
  }
}
