// The examples of the integrators' guide, taken from the guide itself at build time (Vite `?raw`):
// the GraphiQL page offers exactly what docs/api-guide.md shows, and a changed guide changes them.
import guide from '../../../../docs/api-guide.md?raw';

export interface Example {
  /** The block's first comment line ("# as MUNICIPALITY: your inbox, …"), else the section's heading. */
  title: string;
  /** The section of the guide it stands under. */
  section: string;
  query: string;
}

/** Every ```graphql block of a Markdown text, with the heading it stands under and its first comment. */
function graphqlBlocks(markdown: string): Example[] {
  const examples: Example[] = [];
  let section = '';
  let block: string[] | null = null;
  for (const line of markdown.split(/\r?\n/)) {
    if (block) {
      if (line.trim() === '```') {
        const query = block.join('\n').trim();
        const comment = /^#\s*(.+)$/.exec(block.find((l) => l.trim()) ?? '');
        examples.push({ title: comment ? comment[1]!.trim() : section, section, query });
        block = null;
      } else block.push(line);
    } else if (/^```graphql\s*$/.test(line.trim())) block = [];
    else if (/^#{2,3}\s/.test(line)) section = line.replace(/^#+\s*/, '').trim();
  }
  return examples;
}

export const EXAMPLES: Example[] = graphqlBlocks(guide);
