// Opt-in Spanish: `import 'implantation-widgets/locales/es.js'`, or one more <script> tag on CDN pages
// (dist/cdn/locales/es.js). Elements with lang="es" (their own or an ancestor's) then render in Spanish,
// including ones already on the page.
import {article, faq, guidance, meta, ui} from '../content/es.js';
import {registerLocale} from '../shared/locale.js';

registerLocale('es', {meta, ui, faq, article, guidance});
