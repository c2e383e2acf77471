// The article's own custom properties and its print style: what a publisher sets and what a reader
// printing the page sees. (Until issue 16 the card's `.card` rule beat the article's own, so
// --implantation-article-padding, --implantation-article-border-color and the print style did nothing.)
import {expect, fixture, html} from '@open-wc/testing';
import '../src/article/define.js';
import type {ImplantationArticle} from '../src/article/implantation-article.js';
import {emulateMedia} from './support/engine.js';

const part = (el: ImplantationArticle, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`)!;
const style = (el: ImplantationArticle, name: string) => getComputedStyle(part(el, name));

describe('<implantation-article> styling', () => {
  it('reads every --implantation-article-* custom property', async () => {
    const el = await fixture<ImplantationArticle>(html`<implantation-article></implantation-article>`);
    el.style.setProperty('--implantation-article-padding', '7px');
    el.style.setProperty('--implantation-article-border-color', 'rgb(1, 2, 3)');
    el.style.setProperty('--implantation-article-title-size', '30px');
    el.style.setProperty('--implantation-article-heading-size', '20px');
    expect(style(el, 'article').paddingTop).to.equal('7px');
    expect(style(el, 'article').borderTopColor).to.equal('rgb(1, 2, 3)');
    expect(style(el, 'title').fontSize).to.equal('30px');
    expect(style(el, 'heading').fontSize).to.equal('20px');
  });

  it('falls back to the shared card tokens, then to the defaults', async () => {
    const el = await fixture<ImplantationArticle>(html`<implantation-article></implantation-article>`);
    expect([style(el, 'article').paddingTop, style(el, 'article').borderTopColor]).to.deep.equal(['16px', 'rgb(140, 149, 159)']);
    el.style.setProperty('--implantation-card-padding', '9px');
    el.style.setProperty('--implantation-card-border-color', 'rgb(4, 5, 6)');
    expect([style(el, 'article').paddingTop, style(el, 'article').borderTopColor]).to.deep.equal(['9px', 'rgb(4, 5, 6)']);
  });

  it('prints without the card: no border, no padding', async () => {
    const el = await fixture<ImplantationArticle>(html`<implantation-article></implantation-article>`);
    await emulateMedia({media: 'print'});
    try {
      expect([style(el, 'article').borderTopStyle, style(el, 'article').paddingTop]).to.deep.equal(['none', '0px']);
    } finally {
      await emulateMedia({media: 'screen'});
    }
  });
});
