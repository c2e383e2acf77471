#!/usr/bin/env node
// Writes the host gallery pages (demo/gallery/*.html) from test/gallery/systems.mjs, the one source the
// gallery test also reads. Run from the repository root after changing systems.mjs:
//   node demo/gallery/generate.mjs
import {writeFileSync} from 'node:fs';
import {galleryIndex, galleryPages} from '../../test/gallery/systems.mjs';

for (const {file, html} of galleryPages) writeFileSync(new URL(file, import.meta.url), html);
writeFileSync(new URL('index.html', import.meta.url), galleryIndex());
console.log(`wrote ${galleryPages.length} gallery pages`);
