// The settings of a shortlist run, validated with zod (the mini build: the
// full one would add ~450 KB to Code.js). Numbers may arrive as text ("¥2",
// "100万") from a sheet or a form: they go through the one parser.

import * as z from 'zod/mini';
import { InputError } from '../core/i18n';
import { parseNumber, NumberKind } from '../core/parse';
import { Field, FIELDS } from '../core/roster/headers';
import { OBJECTIVES } from '../core/shortlist/objective';

function num(kind: NumberKind, ...checks: z.core.CheckFn<number>[] | z.core.$ZodCheck<number>[]) {
  const read = z.transform((v: unknown, ctx) => {
    if (typeof v !== 'string') return v;
    try {
      return parseNumber(v, kind) ?? undefined;
    } catch (err) {
      const inputError = err instanceof InputError ? err : undefined;
      ctx.issues.push({ code: 'custom', message: inputError?.message ?? 'not a number', input: v, params: { inputError } });
      return z.NEVER;
    }
  });
  const finite = z.refine((n) => Number.isFinite(n as number), 'must be a finite number');
  return z.pipe(read, z.number().check(finite, ...(checks as z.core.$ZodCheck<number>[])));
}

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const fraction = () => num('rate', z.gte(0), z.lte(1));

export const SettingsSchema = z.object({
  rosterSheet: text(100),
  cpvCap: num('money', z.positive()),
  budget: num('money', z.positive()),
  reachShare: z._default(
    z
      .object({ min: z._default(fraction(), 0), max: z._default(fraction(), 1) })
      .check(z.refine((r) => r.min <= r.max, { message: 'min must not be above max' })),
    { min: 0, max: 1 },
  ),
  minEmpathy: z._default(num('count', z.int(), z.lte(100_000)), 0),
  erFloor: z._default(z.boolean(), false),
  // Views per follower: above 100% happens (short video), above 1000% is a typo for percent.
  viewRate: z.optional(num('rate', z.positive(), z.lte(10))),
  cvr: z.optional(fraction()),
  aov: z.optional(num('money', z.gte(0))),
  // A header is as long as a cell allows (50,000 characters in Sheets): a long detected header must not block a run.
  columns: z.optional(z.partialRecord(z.enum(FIELDS), z.string().check(z.trim(), z.maxLength(50_000)))),
  outputSheet: z._default(text(100), 'Shortlist'),
  // The KPI the selection maximises (issue 12); 'views' is the original behaviour.
  objective: z._default(z.enum(OBJECTIVES), 'views'),
  /** For 'actions': creators without saves/shares data are left out, or valued at their tier's median action rate. */
  missingActions: z._default(z.enum(['exclude', 'tierMedian']), 'exclude'),
  /** A sheet of comments (creator column + comment column) for the 'intent' objective. */
  commentsSheet: z.optional(
    z.object({
      sheet: text(100),
      handle: z.optional(z.string().check(z.trim(), z.maxLength(200))),
      comment: z.optional(z.string().check(z.trim(), z.maxLength(200))),
    }),
  ),
  mustInclude: z._default(z.array(z.string().check(z.trim(), z.maxLength(300))).check(z.maxLength(5000)), []),
  exclude: z._default(z.array(z.string().check(z.trim(), z.maxLength(300))).check(z.maxLength(5000)), []),
  blendedCpvMax: z.optional(num('money', z.positive())),
  erPreset: z._default(
    z.union([z.enum(['seed', 'instagram', 'tiktok']), z.object({ sheet: text(100), range: text(100) })]),
    'seed',
  ),
  /** Apply the History sheet (past evaluations); unset: on when the add-on's History sheet exists. */
  useHistory: z.optional(z.boolean()),
  /** With History: the roster's expected views, or the median of the creator's measured views. */
  historyViews: z._default(z.enum(['roster', 'median']), 'roster'),
});

export type ShortlistSettings = z.output<typeof SettingsSchema>;

/** A number as a user types it: 2, "¥2", "100万", "30%". The server reads text with the one parser. */
export type NumberInput = number | string;

/**
 * What runShortlist accepts over google.script.run, written out as JSON-safe
 * types (the schema's own input type says `unknown` for every number). The
 * server still validates at runtime: this only stops the sidebar sending what
 * would be refused by type.
 */
export type ShortlistSettingsInput = {
  rosterSheet: string;
  cpvCap: NumberInput;
  budget: NumberInput;
  reachShare?: { min?: NumberInput; max?: NumberInput };
  minEmpathy?: NumberInput;
  erFloor?: boolean;
  viewRate?: NumberInput;
  cvr?: NumberInput;
  aov?: NumberInput;
  columns?: Partial<Record<Field, string>>;
  outputSheet?: string;
  objective?: 'views' | 'actions' | 'intent' | 'revenue';
  missingActions?: 'exclude' | 'tierMedian';
  commentsSheet?: { sheet: string; handle?: string; comment?: string };
  mustInclude?: string[];
  exclude?: string[];
  blendedCpvMax?: NumberInput;
  erPreset?: 'seed' | 'instagram' | 'tiktok' | { sheet: string; range: string };
  useHistory?: boolean;
  historyViews?: 'roster' | 'median';
};

// Checked by the compiler: the wire type and the schema name the same
// fields, and every wire value is one the schema's input accepts.
type SchemaInput = z.input<typeof SettingsSchema>;
type Assert<T extends true> = T;
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
export type WireMatchesSchema = Assert<SameKeys<ShortlistSettingsInput, SchemaInput> extends true ? (ShortlistSettingsInput extends SchemaInput ? true : false) : false>;
