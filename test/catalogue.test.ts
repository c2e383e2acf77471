import {expect} from '@open-wc/testing';
import {elements} from '../demo/catalogue.js';
import {meta} from '../src/content/en.js';
import * as everything from '../src/index.js';
import * as react from '../src/react/index.js';
import {text} from './support/helpers.js';

type Widget = HTMLElement & {updateComplete: Promise<boolean>};
type Defined = {tag: string; define(tag?: string): boolean};

// The generic checks every element gets from its folder alone (src/<name>/, listed by demo/catalogue.js):
// a new element is covered here, in SSR, the package and the embedding suites with no edit to a test.
describe('every element in the catalogue', () => {
  for (const e of elements) {
    describe(`<${e.tag}>`, () => {
      it('the everything entry exports its class and registers it under its tag', () => {
        const element = (everything as unknown as Record<string, Defined>)[e.className];
        expect(element.tag).to.equal(e.tag);
        expect(customElements.get(e.tag)).to.equal(element);
      });

      it('its example renders with the credit line and the disclaimer, and is accessible', async () => {
        const box = document.createElement('div');
        box.innerHTML = e.example;
        document.body.append(box);
        try {
          const el = box.querySelector(e.tag) as Widget;
          await el.updateComplete;
          const footer = el.shadowRoot!.querySelector('[part~="footer"]');
          expect(text(footer)).to.contain(meta.sourceAuthor);
          expect(text(footer)).to.contain(meta.disclaimer);
          await expect(el).to.be.accessible();
        } finally {
          box.remove();
        }
      });

      it('has a React wrapper in implantation-widgets/react', () => {
        expect((react as Record<string, unknown>)[e.className], `implantation-widgets/react exports ${e.className}`).to.exist;
      });
    });
  }
});
