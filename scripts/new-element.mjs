#!/usr/bin/env node
// `npm run new-element -- <name>`: a working element in src/<name>/ (class, styles, define, descriptor)
// and its one UI string in every content/<lang>/ui.md. Nothing else: `npm run build` writes every list
// of elements from the folders (scripts/catalogue.mjs), and the generic tests pick the element up.
// A name with a hyphen is the tag (`symptom-diary` -> <symptom-diary>); one without is prefixed
// (`timeline` -> <implantation-timeline>).
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {catalogue} from './catalogue.mjs';

const pascal = (s) => s.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());
const camel = (s) => s.replace(/-(\w)/g, (_, c) => c.toUpperCase());

/** The files of a new element, by path. */
export function scaffold(name) {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) throw new Error(`"${name}" is not a folder name: lower case words joined by hyphens, e.g. symptom-diary.`);
  if (existsSync(join('src', name))) throw new Error(`src/${name}/ already exists.`);
  const tag = name.includes('-') ? name : `implantation-${name}`;
  if (catalogue().some((e) => e.tag === tag)) throw new Error(`<${tag}> already exists.`);
  const className = pascal(tag);
  const label = name.replace(/-/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
  const titleKey = `${name}-title`;
  return {
    tag,
    titleKey,
    label,
    files: {
      [`src/${name}/define.ts`]: `import {${className}} from './${tag}.js';

${className}.define();

export {${className}};

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${className};
  }
}
`,
      [`src/${name}/${tag}.styles.ts`]: `import {css} from 'lit';
import {cardHost} from '../shared/base.styles.js';

export const ${camel(name)}Styles = [cardHost, css\`
  [part~='title'] {
    font-size: var(--${tag}-title-size, 1.25em);
  }
\`];
`,
      [`src/${name}/${tag}.ts`]: `import {html} from 'lit';
import {ImplantationElement} from '../shared/element.js';
import {baseStyles} from '../shared/base.styles.js';
import {footer} from '../shared/footer.js';
import {bundleLocale} from '../shared/locale.js';
import {meta, ui} from '../content/subsets/${name}.en.js';
import {${camel(name)}Styles} from './${tag}.styles.js';

bundleLocale('en', {meta, ui});

/**
 * ${label}: describe what a reader gets here.
 *
 * @summary ${label}.
 * @csspart card - The card around the element.
 * @csspart title - The title heading.
 * @csspart footer - Credit line, reviewed date and disclaimer.
 * @csspart disclaimer - The disclaimer paragraph.
 * @cssprop --${tag}-title-size - Title font size. Default: \`1.25em\`.
 */
export class ${className} extends ImplantationElement {
  static override tag = '${tag}';
  static override styles = [baseStyles, ${camel(name)}Styles];

  protected override render() {
    const u = this.localized('ui');
    return html\`<section part="card" class="root card" aria-labelledby="title">
      <h2 part="title" id="title">\${u['${titleKey}']}</h2>
      \${footer(this.localized('meta'), u, this.locale)}
    </section>\`;
  }
}
`,
      [`src/${name}/element.json`]: JSON.stringify({
        $comment: `What the Custom Elements Manifest does not carry about <${tag}>; see scripts/catalogue.mjs.`,
        label,
        react: {},
        example: `<${tag}>\n  <p>${label}. Turn on JavaScript to see it here.</p>\n</${tag}>`,
        builder: [],
        embedding: {markup: `<${tag}>\n  <p>${label}: <a href="https://example.org/implantation-back-pain">read our guide</a>.</p>\n</${tag}>`, fallback: 'read our guide'},
        ssr: {},
      }, null, 2) + '\n',
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const name = process.argv[2];
  if (!name) {
    console.error('Usage: npm run new-element -- <name>   (e.g. symptom-diary, or timeline for <implantation-timeline>)');
    process.exit(2);
  }
  try {
    const {tag, titleKey, label, files} = scaffold(name);
    mkdirSync(join('src', name), {recursive: true});
    for (const [file, text] of Object.entries(files)) writeFileSync(file, text);
    // The element's title is a UI string: English, and a copy to translate in every other locale.
    const langs = readdirSync('content').filter((l) => existsSync(join('content', l, 'ui.md')));
    for (const lang of langs) {
      const file = join('content', lang, 'ui.md');
      const text = readFileSync(file, 'utf8');
      const line = `${lang === 'en' ? '' : `% ${titleKey}: translate from English.\n`}${titleKey}: ${label} [ui]\n`;
      writeFileSync(file, text.replace(/\n---\s*$/, `\n${line}---\n`));
    }
    console.log(`<${tag}>: wrote ${Object.keys(files).join(', ')}, and "${titleKey}" in ${langs.map((l) => `content/${l}/ui.md`).join(', ')}.`);
    console.log('Next: npm run build (writes the entries, wrappers, exports and demo lists), then npm start.');
  } catch (error) {
    console.error(`new-element: ${error.message}`);
    process.exit(1);
  }
}
