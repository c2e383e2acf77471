// The home page's theme, colour-scheme and language switches. Theme and language are set once on the
// container, because custom properties and `lang` inherit; the colour scheme is each widget's own
// `theme` attribute. `?theme=clinic&scheme=dark&lang=es` preselects them (handy for screenshots).
import {elements as catalogue} from './catalogue.js';

const form = document.getElementById('switchers');
const widgets = document.getElementById('widgets');
const TAGS = catalogue.map((e) => e.tag).join(', ');

for (const [name, value] of new URLSearchParams(location.search)) {
  const input = form.querySelector(`input[name="${CSS.escape(name)}"][value="${CSS.escape(value)}"]`);
  if (input) input.checked = true;
}

function apply() {
  const data = new FormData(form);
  const scheme = data.get('scheme');
  widgets.dataset.theme = data.get('theme');
  widgets.lang = data.get('lang');
  document.documentElement.dataset.scheme = scheme;
  for (const el of widgets.querySelectorAll(TAGS)) {
    if (scheme === 'system') el.removeAttribute('theme');
    else el.setAttribute('theme', scheme);
  }
}

form.addEventListener('change', apply);
apply();
