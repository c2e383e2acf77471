import {expect} from '@open-wc/testing';
import {render} from 'lit';
import {item} from '../src/faq/item.js';

/** One question rendered on its own, as the FAQ renders each of its questions. */
function rendered(id: string, open: boolean, body: string[]): HTMLElement {
  const host = document.createElement('div');
  render(item(3, id, open, 'Why <b>not</b>?', body), host);
  return host;
}

describe('FAQ question template', () => {
  it('writes a slug id into the button and the answer, wired to each other', () => {
    const host = rendered('what-helps', false, ['Rest.']);
    const button = host.querySelector('h3 > button')!;
    const answer = host.querySelector('[part="answer"]')!;
    expect(button.id).to.equal('q-what-helps');
    expect(button.getAttribute('aria-controls')).to.equal('a-what-helps');
    expect(answer.id).to.equal('a-what-helps');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(answer.getAttribute('hidden')).to.equal('until-found');
  });

  it('binds question and answer text as text, never as markup', () => {
    const host = rendered('what-helps', true, ['One <i>x</i>.', 'Two **bold** three.']);
    expect(host.querySelector('button')!.textContent).to.equal('Why <b>not</b>?');
    expect(host.querySelector('b, i')).to.equal(null);
    const paragraphs = [...host.querySelectorAll('[part="answer"] > p')];
    expect(paragraphs.map((p) => p.textContent)).to.deep.equal(['One <i>x</i>.', 'Two bold three.']);
    expect(paragraphs[1].querySelector('strong')!.textContent).to.equal('bold');
    expect(host.querySelector('[part="answer"]')!.hasAttribute('hidden')).to.equal(false);
  });

  it('binds an id that is not a plain slug instead of writing it into the template', () => {
    const id = 'x" onclick="alert(1)';
    const host = rendered(id, false, ['Rest.']);
    const button = host.querySelector('button')!;
    expect(button.id).to.equal(`q-${id}`);
    expect(button.hasAttribute('onclick')).to.equal(false);
    expect(button.getAttribute('aria-controls')).to.equal(`a-${id}`);
    expect(host.querySelector('[part="answer"]')!.id).to.equal(`a-${id}`);
    expect(host.querySelector('[part="answer"] > p')!.textContent).to.equal('Rest.');
  });

  it('renders an answer with no paragraphs as an empty region', () => {
    const host = rendered('what-helps', false, []);
    expect(host.querySelector('[part="answer"]')!.children.length).to.equal(0);
  });
});
