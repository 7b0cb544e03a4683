import { z } from 'zod';
import { BadUserInputError } from '../shared/errors.js';
import { institutionCodeOf, Role, ROLES, unitKindOf } from '../domain/institutions.js';
import { municipalityCodes, provinceCodes } from '../domain/reference-data.js';

/** The authenticated caller of a request (docs/policy.md, "The principal"). */
export interface Principal {
  role: Role;
  /** Municipality code (MUNICIPALITY), province code (RZI, RZOK, GOVERNOR; ASP's regional directorate, optional), organisation id (NGO); none for national bodies. */
  unit: string | null;
  /** The user or service account inside the institution. */
  subject: string;
  /** Code of the institution the principal acts for, e.g. `RZI-BLG`. */
  institutionCode: string;
  /** Stated purpose / legal basis of the request: the X-Purpose header, else the token's claim. */
  purpose: string | null;
  /** When the token stops being valid (ms since the epoch): a WebSocket connection closes then. */
  expiresAt?: number;
}

/**
 * ASP acts through its regional directorates for social assistance, one per province (AP II.7–8): an
 * ASP token may name one by its province code, which narrows ASP's children's cases to those placed in
 * that province (scopes.childCase); without one, the agency's central administration sees them all.
 * The institution is ASP either way (its code, its participations, its inbox).
 */
const OPTIONAL_PROVINCE_UNIT: ReadonlySet<Role> = new Set([Role.ASP]);

export const ORGANISATION_ID = /^[a-z0-9][a-z0-9-]{1,63}$/;

/** Checks that the unit fits the role; returns a sentence for a person, or null when it fits. */
export function unitProblem(role: Role, unit: string | null | undefined): string | null {
  switch (unitKindOf(role)) {
    case 'municipality':
      if (!unit) return `role ${role} needs a unit: the municipality code, e.g. SOF46`;
      return municipalityCodes.has(unit) ? null : `unit '${unit}' is not a municipality code`;
    case 'province':
      if (!unit) return `role ${role} needs a unit: the province code, e.g. BLG`;
      return provinceCodes.has(unit) ? null : `unit '${unit}' is not a province code`;
    case 'organisation':
      if (!unit) return `role ${role} needs a unit: the organisation id, e.g. unhcr`;
      return ORGANISATION_ID.test(unit) ? null : `unit '${unit}' is not an organisation id (lower-case letters, digits, '-')`;
    case 'none':
      if (unit && OPTIONAL_PROVINCE_UNIT.has(role))
        return provinceCodes.has(unit) ? null : `unit '${unit}' is not a province code (a regional directorate of ${role})`;
      return unit ? `role ${role} is a national body and takes no unit` : null;
  }
}

/** The longest purpose, in a token or in X-Purpose (the access log keeps it with every entry). */
export const PURPOSE_MAX_LENGTH = 500;

/** The hub's own claims in a bearer token, beside the registered ones (sub, iss, aud, exp). */
export const principalClaims = z
  .object({
    sub: z.string().min(1, 'sub (the user or service account) is required').max(200),
    role: z.enum(ROLES as [Role, ...Role[]], { message: `role must be one of ${ROLES.join(', ')}` }),
    unit: z.string().min(1).max(64).nullish(),
    purpose: z.string().min(1).max(PURPOSE_MAX_LENGTH).nullish(),
    exp: z.number().optional(),
  })
  .superRefine((claims, ctx) => {
    const problem = unitProblem(claims.role, claims.unit);
    if (problem) ctx.addIssue({ code: 'custom', path: ['unit'], message: problem });
  });

export type PrincipalClaims = z.infer<typeof principalClaims>;

export function principalFromClaims(claims: PrincipalClaims, purposeHeader?: string): Principal {
  const unit = claims.unit ?? null;
  if (purposeHeader !== undefined && (purposeHeader.length > PURPOSE_MAX_LENGTH || /[\u0000-\u001f\u007f]/.test(purposeHeader))) {
    throw new BadUserInputError(`X-Purpose must be at most ${PURPOSE_MAX_LENGTH} characters of text, without control characters.`, {
      messageBg: `X-Purpose трябва да е текст до ${PURPOSE_MAX_LENGTH} знака, без управляващи символи.`,
      details: { field: 'X-Purpose' },
    });
  }
  return {
    role: claims.role,
    unit,
    subject: claims.sub,
    institutionCode: institutionCodeOf(claims.role, unit),
    purpose: purposeHeader?.trim() || claims.purpose || null,
    ...(claims.exp ? { expiresAt: claims.exp * 1000 } : {}),
  };
}
