import {test} from 'node:test';
import assert from 'node:assert/strict';
import {gradedItems, grade} from './readability.mjs';

test('the grade formula ranks hard text above easy text', () => {
  assert.ok(grade('The cat sat. It was warm.') < 3);
  assert.ok(grade('Implantation symptoms frequently necessitate professional consultation regarding differential considerations.') > 12);
});

test('FAQ answers and article sections read at US grade 8 or below; guidance at grade 6 or below', () => {
  const items = gradedItems();
  for (const max of [8, 6]) {
    const worst = items.filter((i) => i.max === max).sort((a, b) => b.grade - a.grade)[0];
    console.log(`readability: worst item with limit ${max} is ${worst.where} at grade ${worst.grade.toFixed(1)}`);
  }
  const tooHard = items.filter((i) => i.grade > i.max).map((i) => `${i.where}: grade ${i.grade.toFixed(1)} > ${i.max}`);
  assert.deepEqual(tooHard, []);
});
