export function readmeSection(readme: string, heading: string): string;
export function codeBlocks(markdown: string, lang: string): string[];
