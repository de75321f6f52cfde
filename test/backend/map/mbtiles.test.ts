import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { openMbtiles } from '../../../electron/backend/map/mbtiles';
import { createOfflineTiles } from '../../../electron/backend/map/offline-tiles';
import { solidPng, writeMbtiles } from '../../support/mbtiles-kit';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const RED = solidPng(256, [220, 30, 30]);
const BLUE = solidPng(256, [30, 30, 220]);

describe('MBTiles files', () => {
  it('reads the metadata and serves tiles in XYZ numbering from TMS rows', () => {
    const file = path.join(tempDir(), 'city.mbtiles');
    // At zoom 1 the XYZ row 0 (north) is TMS row 1: the kit stores it flipped, as the spec says.
    writeMbtiles(
      file,
      [
        { z: 1, x: 1, y: 0, data: RED },
        { z: 1, x: 1, y: 1, data: BLUE },
      ],
      {
        name: 'Test city',
        format: 'png',
        minzoom: '1',
        maxzoom: '1',
        bounds: '121.0,30.8,121.9,31.5',
        attribution: 'Synthetic <b>tiles</b>',
      },
    );
    const raw = new Database(file, { readonly: true });
    expect(raw.prepare('SELECT tile_row FROM tiles WHERE tile_data = ?').pluck().get(RED)).toBe(1);
    raw.close();

    const reader = openMbtiles(file);
    expect(reader.info).toEqual({
      name: 'Test city',
      format: 'png',
      minZoom: 1,
      maxZoom: 1,
      bounds: [121.0, 30.8, 121.9, 31.5],
      attribution: 'Synthetic <b>tiles</b>',
      tileCount: 2,
    });
    expect(reader.tile(1, 1, 0)).toEqual({ bytes: RED, contentType: 'image/png' });
    expect(reader.tile(1, 1, 1)?.bytes.equals(BLUE)).toBe(true);
    expect(reader.tile(1, 0, 0)).toBeNull();
    expect(reader.tile(1, 5, 0)).toBeNull();
    reader.close();
  });

  it('completes missing metadata from the tiles themselves', () => {
    const file = path.join(tempDir(), 'bare.mbtiles');
    writeMbtiles(file, [
      { z: 3, x: 6, y: 3, data: RED },
      { z: 5, x: 26, y: 13, data: RED },
    ]);
    const reader = openMbtiles(file);
    expect(reader.info).toMatchObject({ name: '', format: 'png', minZoom: 3, maxZoom: 5, bounds: null, tileCount: 2 });
    reader.close();
  });

  it('refuses what the map cannot draw, naming the file in both languages', () => {
    const dir = tempDir();
    const expectRefusal = (file: string, en: RegExp, zh: RegExp) => {
      let error: unknown;
      try {
        openMbtiles(file).close();
      } catch (e) {
        error = e;
      }
      expect(error).toMatchObject({ code: 'bad_input', userMessage: { en: expect.stringMatching(en), zh: expect.stringMatching(zh) } });
    };
    expectRefusal(path.join(dir, 'missing.mbtiles'), /missing\.mbtiles cannot be opened/, /无法打开/);
    const text = path.join(dir, 'notes.mbtiles');
    fs.writeFileSync(text, 'this is not a database, just some words that are long enough to be read'.repeat(20));
    expectRefusal(text, /notes\.mbtiles cannot be opened/, /不是 SQLite/);
    const other = path.join(dir, 'other.sqlite');
    new Database(other).exec('CREATE TABLE visits (id TEXT)').close();
    expectRefusal(other, /other\.sqlite is not an MBTiles file/, /不是 MBTiles 文件/);
    const vector = path.join(dir, 'vector.mbtiles');
    writeMbtiles(vector, [{ z: 0, x: 0, y: 0, data: Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2]) }]);
    expectRefusal(vector, /vector tiles \(pbf\)/, /矢量瓦片/);
    const empty = path.join(dir, 'empty.mbtiles');
    writeMbtiles(empty, [], { format: 'png' });
    expectRefusal(empty, /holds no tiles/, /没有瓦片/);
  });

  it('keeps the file open between tiles and opens another one when the workspace names it', () => {
    const dir = tempDir();
    const first = path.join(dir, 'a.mbtiles');
    const second = path.join(dir, 'b.mbtiles');
    writeMbtiles(first, [{ z: 0, x: 0, y: 0, data: RED }]);
    writeMbtiles(second, [{ z: 0, x: 0, y: 0, data: BLUE }]);
    const tiles = createOfflineTiles();
    expect(tiles.tile(first, 0, 0, 0)?.bytes.equals(RED)).toBe(true);
    expect(tiles.tile(second, 0, 0, 0)?.bytes.equals(BLUE)).toBe(true);
    // A file that went missing answers no tiles rather than an error.
    expect(tiles.tile(path.join(dir, 'gone.mbtiles'), 0, 0, 0)).toBeNull();
    tiles.close();
  });
});
