// What every new record shares: the folder of the team's templates, a template with its `{{key}}`s
// filled in, and the slug of a title that names its file.
import { yamlScalar } from './flatYaml';

/** Team templates (`request.md`, `decision.md`, `meeting.md`) replace the built-in text. */
export const TEMPLATE_FOLDER = '.async/templates';

/**
 * A template with its `{{key}}`s filled in. In its front matter, a `{{key}}` that is a whole value
 * is written as a YAML scalar, so a title such as `'Quoted' name` or `True` reads back as typed.
 */
export function fillTemplate(template: string, values: Record<string, string>): string {
  const lines = template.split('\n');
  const end = lines[0].trimEnd() === '---' ? lines.findIndex((l, i) => i > 0 && l.trimEnd() === '---') : -1;
  for (let i = 1; i < end; i++) {
    lines[i] = lines[i].replace(/^([A-Za-z][\w-]*:[ \t]+)\{\{\s*([\w-]+)\s*\}\}[ \t]*(\r?)$/, (m, key: string, name: string, cr: string) =>
      Object.hasOwn(values, name) ? `${key}${yamlScalar(values[name])}${cr}` : m,
    );
  }
  return lines.join('\n').replace(/\{\{\s*([\w-]+)\s*\}\}/g, (m, key: string) => (Object.hasOwn(values, key) ? values[key] : m));
}

/** The title as a file name: ASCII letters and digits in lower case, joined by dashes, at most 60 characters; `untitled` when none are left. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'untitled';
}
