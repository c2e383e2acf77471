// A second, separately loaded copy of the FAQ module (the query string makes it another module), defined
// under another tag: what a page gets when two plugins each bring their own copy of the bundle.
import {ImplantationFaq} from '/dist/cdn/faq.js?copy=2';

ImplantationFaq.define('second-faq');
