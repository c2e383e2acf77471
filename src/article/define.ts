import {ImplantationArticle} from './implantation-article.js';

ImplantationArticle.define();

export {ImplantationArticle};

declare global {
  interface HTMLElementTagNameMap {
    'implantation-article': ImplantationArticle;
  }
}
