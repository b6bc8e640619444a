/** The fragment id of a criterion on its framework page: `strategy.basic.vision-linked` → `strategy--basic--vision-linked`
 * (an id without dots, which CSS selectors and html-validate's id rule accept as they are). */
export const criterionAnchor = (criterionId: string): string => criterionId.replaceAll('.', '--');

/** The fragment id of a city report on its city's page, by the date it describes: `2026-03-01` → `report-2026-03-01`. */
export const reportAnchor = (asOf: string): string => `report-${asOf}`;
