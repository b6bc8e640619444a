/** The fragment id of a criterion on its framework page: `strategy.basic.vision-linked` → `strategy--basic--vision-linked`
 * (an id without dots, which CSS selectors and html-validate's id rule accept as they are). */
export const criterionAnchor = (criterionId: string): string => criterionId.replaceAll('.', '--');
