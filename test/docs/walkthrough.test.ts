import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/shared/project-root.js';
import { useTestHub } from '../support/hub.js';

const hub = useTestHub();

describe('docs/walkthrough.sh', () => {
  it('runs as documented, end to end, against a live hub', async () => {
    const { stdout } = await promisify(execFile)('bash', ['docs/walkthrough.sh'], {
      cwd: projectRoot,
      env: { ...process.env, HUB_URL: `${hub().url}/graphql`, MUNICIPALITY: 'MON04' },
      timeout: 120_000,
    });
    expect(stdout).toContain('"status":"REGISTERED"');
    expect(stdout).toContain('"kind":"CHILD"');
    expect(stdout).toContain('"status":"DONE"');
    expect(stdout).toContain('"status":"EXTENDED"');
    expect(stdout).toMatch(/== 8\. .*\n\{"agreements":\{"totalCount":1,/);
  }, 180_000);
});
