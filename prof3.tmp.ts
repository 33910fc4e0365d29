const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
import { generateRoster } from './bench/roster';
import { readRoster } from './src/core/roster/read';
import { findHeader } from './src/core/roster/headers';
import { rosterFloor } from './bench/floor';
import { optimise } from './src/core/optimise';
const values = generateRoster(250_000, 42);
const h = findHeader(values)!;
const rows = values.slice(h.row + 1);
let bf = Infinity, br = Infinity, bo = Infinity;
let rr;
for (let k = 0; k < 6; k++) {
  let t = cpu(); rosterFloor(rows, h.map, 2); bf = Math.min(bf, cpu() - t);
  t = cpu(); rr = readRoster(rows, h.map, h.headers, 2, { cpvCap: 2, erFloor: true, viewRate: null, currency: 'JPY' }); br = Math.min(br, cpu() - t);
}
for (let k = 0; k < 2; k++) {
  const t = cpu();
  optimise(rr!.eligible.map((c) => ({ fee: c.fee, views: c.views, role: c.role })), { budget: 5e6, reachMin: 1e6, reachMax: 3e6, minEmpathy: 5 } as any);
  bo = Math.min(bo, cpu() - t);
}
console.log({ floor: bf.toFixed(0), read: br.toFixed(0), ratio: (br / bf).toFixed(2), optimise: bo.toFixed(0) });
