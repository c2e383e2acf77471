// Flesch-Kincaid grade of content text, shared by the readability test and anyone curious
// (`node test/node/readability.mjs` prints every item's grade).
import {fleschKincaid} from 'flesch-kincaid';
import {syllable} from 'syllable';
import {fileURLToPath} from 'node:url';
import {loadContent} from '../../scripts/content.mjs';

export function grade(text) {
  const clean = text.replaceAll('**', '').replace(/\{\w+\}/g, 'it');
  const sentences = clean.split(/[.!?]+(?:\s|$)/).filter((s) => /\w/.test(s)).length || 1;
  const words = clean.match(/[A-Za-zÀ-ÿ']+/g) ?? [];
  const syllables = words.reduce((sum, w) => sum + Math.max(1, syllable(w)), 0);
  return fleschKincaid({sentence: sentences, word: words.length || 1, syllable: syllables});
}

/** Every English text a reader sees, with the grade it must not exceed. */
export function gradedItems(root = 'content') {
  const {locales} = loadContent(root);
  const {faq, article, guidance} = locales.en.files;
  const items = [];
  for (const b of faq.blocks) items.push({where: `faq #${b.id}`, text: b.body.join(' '), max: 8});
  for (const b of article.blocks) items.push({where: `article #${b.id}`, text: b.body.join(' '), max: 8});
  for (const b of guidance.blocks) items.push({where: `guidance #${b.id}`, text: `${b.heading}. ${b.body.join(' ')}`, max: 6});
  for (const [key, text] of Object.entries(guidance.fields)) items.push({where: `guidance ${key}`, text, max: 6});
  return items.map((item) => ({...item, grade: grade(item.text)}));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const i of gradedItems()) console.log(`${i.grade.toFixed(1).padStart(5)} (max ${i.max})  ${i.where}`);
}
