// The elements every embedding test runs against. Adding an element to the embedding suite is one entry:
// - `markup`: how a publisher writes it, with readable fallback content for readers without JavaScript;
// - `fallback`: words of that fallback, which must show before upgrade and be gone after;
// - `use(host)`: what a reader does with it (host is a Playwright locator; locators pierce shadow DOM),
//   asserting the element responded, so CSP, privacy and media tests exercise every state. Locators
//   match the light-DOM fallback too, so select shadow content by its part or role;
// - `notPrinted` (optional): a selector for text that is rightly absent on paper.
import assert from 'node:assert/strict';

export const elements = [
  {
    tag: 'implantation-article',
    markup: `<implantation-article source-href="https://example.org/implantation-back-pain">
      <p>Read <a href="https://example.org/implantation-back-pain">Can implantation cause lower back pain?</a> on our site.</p>
    </implantation-article>`,
    fallback: 'on our site',
    async use(host) {
      // Nothing to operate: reaching the source link is the whole interaction.
      const link = host.locator('a[part~="source-link"]');
      await link.focus();
      assert.equal(await link.evaluate((a) => a.matches(':focus')), true);
    },
  },
];
