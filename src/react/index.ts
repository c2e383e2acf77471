// React wrappers (`implantation-widgets/react`), one line per element. Each wrapper defines its element
// under the default tag when first imported; the calls are marked pure so a bundler drops the wrappers,
// and the elements, that an app never uses.
import * as React from 'react';
import {createComponent, type EventName} from '@lit/react';
import {ImplantationArticle as ArticleElement} from '../article/implantation-article.js';
import {ImplantationFaq as FaqElement} from '../faq/implantation-faq.js';
import {SymptomFlag as FlagElement} from '../symptom-flag/symptom-flag.js';
import {SymptomCheck as CheckElement} from '../symptom-check/symptom-check.js';

type Events = Record<string, keyof HTMLElementEventMap>;
type Typed<E extends Events> = {[P in keyof E]: EventName<HTMLElementEventMap[E[P]]>};
type ElementClass<I> = {new (): I; tag: string; define(): boolean};

/**
 * A React component for an element class; `events` maps React props to the element's DOM events.
 * (No declared return type: checking one against the generic `ReactWebComponent<I, E>` cost tsc 30 s.)
 */
function wrap<I extends HTMLElement, E extends Events = Record<never, never>>(elementClass: ElementClass<I>, events = {} as E) {
  elementClass.define();
  return createComponent<I, Typed<E>>({react: React, tagName: elementClass.tag, elementClass, events: events as Record<string, string> as Typed<E>});
}

/** `<implantation-article>`: the whole article. */
export const ImplantationArticle = /* @__PURE__ */ wrap(ArticleElement);
/** `<implantation-faq>`: `onToggle` gets `implantation-faq-toggle` (`event.detail`: `{id, open}`). */
export const ImplantationFaq = /* @__PURE__ */ wrap(FaqElement, {onToggle: 'implantation-faq-toggle'});
/** `<symptom-flag>`: `onChange` gets `symptom-flag-change` (`event.detail`: `{level, reasons}`). */
export const SymptomFlag = /* @__PURE__ */ wrap(FlagElement, {onChange: 'symptom-flag-change'});
/** `<symptom-check>`: `onResult` gets `symptom-check-result` (`event.detail`: `{level, reasons, answers}`). */
export const SymptomCheck = /* @__PURE__ */ wrap(CheckElement, {onResult: 'symptom-check-result'});
