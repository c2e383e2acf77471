// The page of an element that has no demo page of its own (`element.html?element=<name>`): its
// descriptor's example (src/<name>/element.json, through demo/catalogue.js), as code and live.
import {elements} from './catalogue.js';

const name = new URLSearchParams(location.search).get('element');
const element = elements.find((e) => e.name === name) ?? elements[0];
document.title = `<${element.tag}> · implantation-widgets demo`;
document.getElementById('summary').textContent = `${element.label}: <${element.tag}>.`;
// The example is the package's own markup, from its descriptor, not a reader's input.
const example = document.getElementById('example');
example.innerHTML = element.example;
document.getElementById('code').textContent = element.example;
for (const link of document.querySelectorAll('nav.pages a')) {
  if (link.getAttribute('href') === `element.html?element=${element.name}`) link.setAttribute('aria-current', 'page');
}
