#!/usr/bin/env node
// `npx implantation-widgets render faq --items "a b" --heading-level 2 > faq.html`: one element as HTML
// with a declarative shadow root (see `implantation-widgets/ssr`). Needs the optional peer @lit-labs/ssr.
const USAGE = `Usage: implantation-widgets render <element> [--attribute value | --flag]...

Prints the element as HTML with a declarative shadow root: readable before and without JavaScript.
Attributes are the element's own (see the README), e.g.:
  npx implantation-widgets render faq --items "what-is-implantation how-long-does-it-last" --heading-level 2 > faq.html
  npx implantation-widgets render symptom-flag --symptom lower-back-pain --severity mild --duration days
Elements: %ELEMENTS%`;

/** `--name value` and `--name=value` become attributes; a `--name` followed by another flag or nothing is boolean. */
function parseAttributes(args) {
  const attributes = {};
  for (let i = 0; i < args.length; i++) {
    const match = args[i].match(/^--([^=]+)(?:=(.*))?$/s);
    if (!match) throw new TypeError(`expected --attribute, got "${args[i]}".`);
    const [, name, inline] = match;
    attributes[name] = inline ?? (args[i + 1] === undefined || args[i + 1].startsWith('--') ? true : args[++i]);
  }
  return attributes;
}

async function main(argv) {
  let ssr;
  try {
    ssr = await import('../dist/ssr/index.js');
  } catch (error) {
    if (error.code !== 'ERR_MODULE_NOT_FOUND' || !/@lit-labs\/ssr/.test(error.message)) throw error;
    console.error('implantation-widgets: server rendering needs @lit-labs/ssr: npm install --save-dev @lit-labs/ssr');
    return 1;
  }
  const usage = USAGE.replace('%ELEMENTS%', Object.keys(ssr.elements).join(', '));
  const [command, element, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    console.log(usage);
    return 0;
  }
  if (command !== 'render' || !element || element.startsWith('--')) {
    console.error(usage);
    return 2;
  }
  try {
    const attributes = parseAttributes(rest);
    const tag = ssr.tagFor(element);
    // A typo such as --itmes would otherwise be written into the HTML and silently ignored by the element.
    const known = new Set([...customElements.get(tag).observedAttributes, 'id', 'class', 'title', 'dir']);
    for (const name of Object.keys(attributes)) {
      if (!known.has(name) && !/^(data|aria)-/.test(name)) {
        console.warn(`<${tag}>: unknown attribute --${name}; skipped. Known: ${[...known].join(', ')}.`);
        delete attributes[name];
      }
    }
    process.stdout.write(`${await ssr.renderElement(tag, attributes)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    console.error(`implantation-widgets: ${error.message}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
