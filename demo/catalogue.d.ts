// Types for demo/catalogue.js, which scripts/catalogue.mjs writes from src/<name>/element.json.
export interface CatalogueElement {
  name: string;
  tag: string;
  className: string;
  /** The class's module in src/<name>/, without .ts. */
  module: string;
  label: string;
  page?: string;
  example: string;
  builder: {name: string; label?: string; type?: string}[];
  react: Record<string, string>;
  ssr: Record<string, string>;
}
export const elements: CatalogueElement[];
export const locales: string[];
