// The elements every embedding test runs against. Adding an element to the embedding suite is one entry:
// - `markup`: how a publisher writes it, with readable fallback content for readers without JavaScript;
// - `fallback`: words of that fallback, which must show before upgrade and be gone after;
// - `use(host)`: what a reader does with it (host is a Playwright locator; locators pierce shadow DOM),
//   asserting the element responded, so CSP, privacy and media tests exercise every state. Locators
//   match the light-DOM fallback too, so select shadow content by its part or role;
// - `notPrinted` (optional): a selector for text that is rightly absent on paper.
import assert from 'node:assert/strict';
import {catalogue} from '../../scripts/catalogue.mjs';

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
  {
    tag: 'implantation-faq',
    markup: `<implantation-faq source-href="https://example.org/implantation-back-pain">
      <p>Read the <a href="https://example.org/implantation-faq">questions and answers</a> on our site.</p>
    </implantation-faq>`,
    fallback: 'questions and answers',
    async use(host) {
      const question = host.locator('button[part~="question"]').first();
      await question.click();
      assert.equal(await question.getAttribute('aria-expanded'), 'true');
      assert.equal(await host.locator('[part~="answer"]').first().isVisible(), true);
    },
  },
  {
    tag: 'symptom-flag',
    markup: `<symptom-flag symptom="lower-back-pain" severity="mild" duration="hours">
      <p>Lower back pain in early pregnancy: <a href="https://example.org/implantation-back-pain">read our guide</a>.</p>
    </symptom-flag>`,
    fallback: 'read our guide',
    async use(host) {
      const toggle = host.locator('button[part~="toggle"]');
      await toggle.click();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    },
  },
  {
    tag: 'symptom-check',
    markup: `<symptom-check heading-level="2">
      <p>A short symptom check. Turn on JavaScript to use it, or <a href="https://example.org/implantation-back-pain">read our guide</a>.</p>
    </symptom-check>`,
    fallback: 'Turn on JavaScript to use it',
    async use(host) {
      for (const value of ['abdominal-cramps', 'mild', 'days', 'no']) await host.locator(`input[value="${value}"]`).check();
      await host.locator('button[part~="submit"]').click();
      assert.notEqual((await host.locator('[part~="status"]').textContent()).trim(), '');
    },
  },
];

// Elements scaffolded since (npm run new-element): their descriptor's markup and fallback
// (src/<name>/element.json "embedding"), and the reader's view of the credit line as the interaction.
for (const e of catalogue().filter((e) => !elements.some((known) => known.tag === e.tag))) {
  elements.push({tag: e.tag, ...e.embedding, async use(host) {
    assert.equal(await host.locator('[part~="footer"]').isVisible(), true);
  }});
}
