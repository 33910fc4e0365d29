// Compile-time checks, run by `tsc -b`: the sidebar's typed client cannot send
// what the server's wire types refuse (each @ts-expect-error must meet an error).
import { server } from '../../sidebar/rpc';

export const calls = [
  () => server.runShortlist({ rosterSheet: 'Roster', cpvCap: '¥2', budget: 1_000_000, reachShare: { min: '30%' } }),
  // @ts-expect-error a number is a number or its text, not a boolean
  () => server.runShortlist({ rosterSheet: 'Roster', cpvCap: true, budget: 1 }),
  // @ts-expect-error the budget is required
  () => server.runShortlist({ rosterSheet: 'Roster', cpvCap: 2 }),
  // @ts-expect-error no such setting
  () => server.runShortlist({ rosterSheet: 'Roster', cpvCap: 2, budget: 1, budjet: 1 }),
  () => server.freezeFormulas({ sheet: 'S', range: 'A1:B2' }),
  // @ts-expect-error a range is A1 text
  () => server.freezeFormulas({ range: 12 }),
  // @ts-expect-error not a server function
  // eslint-disable-next-line @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- deliberately not a server function: the line must not type-check
  () => server.deleteEverything(),
];
