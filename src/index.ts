// The "everything" entry: defines every element under its default tag and exports the classes.
export {ImplantationArticle} from './article/define.js';
export {registerLocale} from './shared/locale.js';
export type {LocaleContent, Level} from './content/types.js';
