/** Fills `{name}` placeholders of a UI string; a placeholder without a value stays as it is. Browser-safe. */
export function fillTemplate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}
