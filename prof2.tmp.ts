import { generateRoster } from './bench/roster';
import { readRoster } from './src/core/roster/read';
import { findHeader } from './src/core/roster/headers';
const values = generateRoster(250_000, 42);
const h = findHeader(values)!;
const rows = values.slice(h.row + 1);
for (let k = 0; k < 4; k++) readRoster(rows, h.map, h.headers, 2, { cpvCap: 2, erFloor: true, viewRate: null, currency: 'JPY' });
