import {expect} from '@open-wc/testing';
import {loadFrame, text} from './support/helpers.js';

// Pages in test/pages/ load the built bundles (npm test builds first) the way a publisher would.
async function articleIn(page: string) {
  const frame = await loadFrame(`/test/pages/${page}`);
  const win = frame.contentWindow as Window & typeof globalThis & {pageLog: string[]};
  await win.customElements.whenDefined('implantation-article');
  const el = win.document.querySelector('implantation-article') as HTMLElement & {updateComplete: Promise<boolean>};
  await el.updateComplete;
  return {win, el};
}

describe('built bundles', () => {
  it('a classic <script> of the IIFE bundle upgrades <implantation-article>', async () => {
    const {el, win} = await articleIn('iife.html');
    expect(text(el.shadowRoot!.querySelector('h2'))).to.equal('Can implantation cause lower back pain?');
    expect(win.pageLog).to.deep.equal([]);
  });

  it('loading the IIFE bundle twice logs no error or warning', async () => {
    const {el, win} = await articleIn('iife-twice.html');
    expect(el.shadowRoot!.querySelectorAll('section').length).to.be.greaterThan(5);
    expect(win.pageLog).to.deep.equal([]);
  });

  it('the ESM bundle and the IIFE bundle on one page: one definition, no error', async () => {
    const {el, win} = await articleIn('esm-and-iife.html');
    expect(el.shadowRoot!.querySelector('footer')).to.exist;
    expect(win.pageLog).to.deep.equal([]);
  });
});
