import {expect} from '@open-wc/testing';
import {render} from 'lit';
import type {Block} from '../src/content/types.js';
import {questions} from '../src/faq/item.js';

const block = (id: string, body: string[]): Block => ({id, heading: `Why <b>not</b> ${id}?`, body}) as Block;

/** Questions rendered on their own, as the FAQ renders its list. */
function rendered(blocks: Block[], open: string[] = [], level = 3): HTMLElement {
  const host = document.createElement('div');
  render(questions(level, blocks, new Set(open)), host);
  return host;
}

describe('FAQ question templates', () => {
  it('writes slug ids into each button and answer, wired to each other', () => {
    const host = rendered([block('what-helps', ['Rest.']), block('when-to-get-help', ['Call.', 'Now.'])], ['when-to-get-help']);
    const buttons = [...host.querySelectorAll('h3 > button')];
    const answers = [...host.querySelectorAll('[part="answer"]')];
    expect(buttons.map((b) => b.id)).to.deep.equal(['q-what-helps', 'q-when-to-get-help']);
    expect(buttons.map((b) => b.getAttribute('aria-controls'))).to.deep.equal(['a-what-helps', 'a-when-to-get-help']);
    expect(answers.map((a) => a.id)).to.deep.equal(['a-what-helps', 'a-when-to-get-help']);
    expect(buttons.map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['false', 'true']);
    expect(answers.map((a) => a.getAttribute('hidden'))).to.deep.equal(['until-found', null]);
    expect(answers.map((a) => [...a.children].map((p) => p.textContent))).to.deep.equal([['Rest.'], ['Call.', 'Now.']]);
  });

  it('binds question and answer text as text, never as markup', () => {
    const host = rendered([block('what-helps', ['One <i>x</i>.', 'Two **bold** three.'])], ['what-helps']);
    expect(host.querySelector('button')!.textContent).to.equal('Why <b>not</b> what-helps?');
    expect(host.querySelector('b, i')).to.equal(null);
    const paragraphs = [...host.querySelectorAll('[part="answer"] > p')];
    expect(paragraphs.map((p) => p.textContent)).to.deep.equal(['One <i>x</i>.', 'Two bold three.']);
    expect(paragraphs[1].querySelector('strong')!.textContent).to.equal('bold');
  });

  it('binds every id when one is not a plain slug, instead of writing it into the template', () => {
    const id = 'x" onclick="alert(1)';
    const host = rendered([block('what-helps', ['Rest.']), block(id, ['Sleep.'])]);
    const buttons = [...host.querySelectorAll('button')];
    expect(buttons.map((b) => b.id)).to.deep.equal(['q-what-helps', `q-${id}`]);
    expect(buttons.some((b) => b.hasAttribute('onclick'))).to.equal(false);
    expect(buttons[1].getAttribute('aria-controls')).to.equal(`a-${id}`);
    expect(host.querySelectorAll('[part="answer"]')[1].id).to.equal(`a-${id}`);
    expect(host.querySelectorAll('[part="answer"] > p')[1].textContent).to.equal('Sleep.');
  });

  it('uses the heading level it is given and keeps the DOM when a question opens', () => {
    const blocks = [block('what-helps', ['Rest.'])];
    const host = document.createElement('div');
    render(questions(5, blocks, new Set()), host);
    const button = host.querySelector('h5 > button')!;
    render(questions(5, blocks, new Set(['what-helps'])), host);
    expect(host.querySelector('h5 > button')).to.equal(button);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
  });

  it('renders an answer with no paragraphs as an empty region', () => {
    const host = rendered([block('what-helps', [])]);
    expect(host.querySelector('[part="answer"]')!.children.length).to.equal(0);
  });
});
