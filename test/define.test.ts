import {expect} from '@open-wc/testing';
import {define} from '../src/shared/define.js';
import {ImplantationArticle} from '../src/article/implantation-article.js';
import {VERSION} from '../src/content/version.js';
import {uniqueTag, warningsDuring} from './support/helpers.js';

describe('define() guard', () => {
  it('registers a tag once and skips the same class silently', async () => {
    const tag = uniqueTag();
    class A extends HTMLElement {}
    let results: boolean[] = [];
    const warnings = await warningsDuring(() => (results = [define(tag, A), define(tag, A)]));
    expect(results).to.deep.equal([true, false]);
    expect(customElements.get(tag)).to.equal(A);
    expect(warnings).to.deep.equal([]);
  });

  it('skips another copy of the same version silently (a bundle loaded twice)', async () => {
    const tag = uniqueTag();
    class First extends HTMLElement { static version = VERSION; }
    class Second extends HTMLElement { static version = VERSION; }
    const warnings = await warningsDuring(() => {
      define(tag, First);
      define(tag, Second);
    });
    expect(customElements.get(tag)).to.equal(First);
    expect(warnings).to.deep.equal([]);
  });

  it('warns once, naming both versions, when another version owns the tag', async () => {
    const tag = uniqueTag();
    class Old extends HTMLElement { static version = '0.0.1'; }
    class New extends HTMLElement { static version = '9.0.0'; }
    const warnings = await warningsDuring(() => {
      define(tag, Old);
      define(tag, New);
    });
    expect(customElements.get(tag)).to.equal(Old);
    expect(warnings).to.deep.equal([
      `<${tag}>: already defined by implantation-widgets 0.0.1; this copy (implantation-widgets 9.0.0) is not used.`,
    ]);
  });

  it('warns when an unrelated script owns the tag', async () => {
    const tag = uniqueTag();
    customElements.define(tag, class extends HTMLElement {});
    const warnings = await warningsDuring(() => define(tag, class extends HTMLElement { static version = '1.0.0'; }));
    expect(warnings[0]).to.equal(`<${tag}>: already defined by another script; this copy (implantation-widgets 1.0.0) is not used.`);
  });

  it('registers a class under a second tag name (a registry accepts each class only once)', async () => {
    const first = uniqueTag('first-name');
    const second = uniqueTag('second-name');
    class Shared extends HTMLElement {}
    expect(define(first, Shared)).to.equal(true);
    expect(define(second, Shared)).to.equal(true);
    expect(document.createElement(second)).to.be.instanceOf(Shared);
  });

  it('never throws on an invalid tag name; it warns instead', async () => {
    let result = true;
    const warnings = await warningsDuring(() => (result = define('NotValid', class extends HTMLElement {})));
    expect(result).to.equal(false);
    expect(warnings[0]).to.match(/^<NotValid>: cannot be defined: /);
  });

  it('is exposed as a static define(tag, registry) on every element class', async () => {
    const tag = uniqueTag('my-article');
    expect(ImplantationArticle.define(tag)).to.equal(true);
    expect(document.createElement(tag)).to.be.instanceOf(ImplantationArticle);
    expect(ImplantationArticle.version).to.equal(VERSION);
  });
});
