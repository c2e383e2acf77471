import {test} from 'node:test';
import assert from 'node:assert/strict';
import {gradedItems, english, spanish, syllablesEs, worst, LIMITS} from './readability.mjs';

test('the formulas rank hard text above easy text', () => {
  assert.ok(english('The cat sat. It was warm.').fk < 3);
  assert.ok(english('Implantation symptoms frequently necessitate professional consultation regarding differential considerations.').fk > 12);
  assert.ok(spanish('El gato se sentó. Hacía calor.').fh > 90);
  assert.ok(spanish('La sintomatología implantacional frecuentemente requiere consultas profesionales especializadas.').fh < 30);
});

test('the Spanish syllable counter splits hiatus and keeps diphthongs', () => {
  const cases = {implantación: 4, día: 2, leer: 2, cuánto: 2, quien: 1, guía: 2, agua: 2, pingüino: 3, muy: 1, y: 1, menstruación: 3, diagnóstico: 4};
  assert.deepEqual(Object.fromEntries(Object.keys(cases).map((w) => [w, syllablesEs(w)])), cases);
});

test('every block a reader sees: English FK grade <= 6 (SMOG beside it), Spanish Fernández-Huerta >= 70', () => {
  const items = gradedItems();
  assert.ok(items.some((i) => i.where === 'meta disclaimer' && i.lang === 'es'), 'the disclaimer is measured in Spanish too');
  for (const lang of ['en', 'es']) {
    const limit = lang === 'en' ? `FK <= ${LIMITS.en.max}` : `FH >= ${LIMITS.es.min}`;
    console.log(`readability ${lang} (${limit}), three worst:`);
    for (const i of worst(items, lang).slice(0, 3)) console.log(`  ${i.label}  ${i.where}  ${i.file}:${i.line}`);
  }
  const tooHard = items.filter((i) => !i.ok).map((i) => `${i.file}:${i.line}: ${i.where}: ${i.label}`);
  assert.deepEqual(tooHard, []);
});
