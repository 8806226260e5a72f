import { describe, expect, it } from 'vitest';
import {
  addToManifest,
  checkManifest,
  countRows,
  parseManifest,
  serializeManifest,
  type Manifest,
} from '../../../../src/lib/data/manifest.ts';

const a = 'indicators/mm13/snapshots/2024-09-02.csv';
const b = 'indicators/mm13/snapshots/2024-12-02.csv';
const hash = (digit: string): string => digit.repeat(64);
const manifest: Manifest = { snapshots: { [a]: { sha256: hash('a'), rows: 10 } } };

describe('checkManifest', () => {
  it('finds nothing wrong when every file matches its entry', () => {
    expect(checkManifest(manifest, [{ path: a, sha256: hash('a'), rows: 10 }])).toEqual([]);
  });

  it('reports a published snapshot that was edited', () => {
    const [problem] = checkManifest(manifest, [{ path: a, sha256: hash('b'), rows: 11 }]);
    expect(problem?.kind).toBe('edited');
    expect(problem?.message).toBe(
      `data/${a} was changed after publication (11 rows, published with 10). A published snapshot is never changed; new data means a new file. Restore it from git and import the new figures as a new snapshot.`,
    );
  });

  it('reports a published snapshot that was deleted', () => {
    expect(checkManifest(manifest, [])).toEqual([
      {
        kind: 'deleted',
        path: a,
        message: `data/${a} is listed in snapshots.lock.json but is missing. A published snapshot is never changed; new data means a new file. Restore it from git.`,
      },
    ]);
  });

  it('tells how to add a snapshot the manifest does not list', () => {
    const problems = checkManifest(manifest, [
      { path: a, sha256: hash('a'), rows: 10 },
      { path: b, sha256: hash('c'), rows: 3 },
    ]);
    expect(problems).toEqual([
      {
        kind: 'unlisted',
        path: b,
        message: `data/${b} is not in snapshots.lock.json. If it is a new snapshot, add it with: npm run check:snapshots -- --update`,
      },
    ]);
  });
});

describe('addToManifest', () => {
  it('adds new files and never rewrites an existing entry', () => {
    const { manifest: updated, added } = addToManifest(manifest, [
      { path: a, sha256: hash('f'), rows: 99 },
      { path: b, sha256: hash('c'), rows: 3 },
    ]);
    expect(added).toEqual([b]);
    expect(updated.snapshots[a]).toEqual({ sha256: hash('a'), rows: 10 });
    expect(updated.snapshots[b]).toEqual({ sha256: hash('c'), rows: 3 });
  });
});

describe('manifest files', () => {
  it('round-trips through its JSON form with sorted paths', () => {
    const text = serializeManifest({
      snapshots: { [b]: { sha256: hash('c'), rows: 3 }, [a]: { sha256: hash('a'), rows: 10 } },
    });
    expect(Object.keys(parseManifest(text, 'x').snapshots)).toEqual([a, b]);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('rejects a malformed manifest with the file name', () => {
    expect(() =>
      parseManifest('{"snapshots": {"x": {"sha256": "nope", "rows": 1}}}', 'data/snapshots.lock.json'),
    ).toThrow(/^data\/snapshots.lock.json: snapshots.x.sha256/);
    expect(() => parseManifest('{', 'data/snapshots.lock.json')).toThrow(
      'data/snapshots.lock.json: not valid JSON',
    );
  });

  it('counts data rows with or without a final newline', () => {
    expect(countRows('h\n1\n2\n')).toBe(2);
    expect(countRows('h\n1\n2')).toBe(2);
    expect(countRows('h\n')).toBe(0);
    expect(countRows('')).toBe(0);
  });
});
