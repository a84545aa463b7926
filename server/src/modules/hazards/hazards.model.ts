/**
 * An independent model of the hazard lifecycle, written from the rules (not from
 * hazards.transitions.ts), for the property-based test. It predicts each response status and the state after it.
 */
export type Who = 'entAdmin' | 'principal' | 'staff' | 'otherEnt' | 'district' | 'otherDistrict' | 'city';
export type Step = 'confirm' | 'reject_as_general' | 'submit_plan' | 'progress' | 'self_accept' | 'self_accept_wrong_password'
  | 'accept_pass' | 'accept_fail' | 'close_general' | 'list' | 'delist' | 'revoke_closure';
export const WHO: Who[] = ['entAdmin', 'principal', 'staff', 'otherEnt', 'district', 'otherDistrict', 'city'];
export const STEPS: Step[] = ['confirm', 'reject_as_general', 'submit_plan', 'progress', 'self_accept', 'self_accept_wrong_password',
  'accept_pass', 'accept_fail', 'close_general', 'list', 'delist', 'revoke_closure'];

export interface Model {
  status: 'reported' | 'in_rectification' | 'awaiting_acceptance' | 'awaiting_delisting' | 'closed';
  grade: 'major' | 'general';
  hasPlan: boolean;
  listing: null | { by: 'district' | 'city'; status: 'active' | 'awaiting_delisting' | 'delisted' };
  version: number;
}

/** The user who would normally take the step (the generator picks this one often, so runs get deep into the loop). */
export function usualActor(step: Step, m: Model, coin: boolean): Who {
  switch (step) {
    case 'submit_plan': case 'progress': case 'close_general': return coin ? 'entAdmin' : 'principal';
    case 'self_accept': case 'self_accept_wrong_password': return 'principal';
    case 'list': return coin ? 'district' : 'city';
    case 'delist': return m.listing?.by ?? 'city';
    default: return 'district';
  }
}

/** Who may take each step at all (the role matrix of the issue). */
function roleMay(step: Step, who: Who): boolean {
  switch (step) {
    case 'confirm': case 'reject_as_general': case 'accept_pass': case 'accept_fail': return who === 'district';
    case 'revoke_closure': return who === 'district'; // only a regulator reopens a closed record
    case 'submit_plan': case 'progress': case 'close_general': return who === 'entAdmin' || who === 'principal';
    case 'self_accept': case 'self_accept_wrong_password': return who === 'principal';
    case 'list': return who === 'district' || who === 'city';
    case 'delist': return false; // decided per listing below
  }
}

const activeListing = (m: Model) => m.listing !== null && m.listing.status !== 'delisted';

function stateAllows(step: Step, m: Model): boolean {
  const { status: s, grade: g } = m;
  switch (step) {
    case 'confirm': case 'reject_as_general': return s === 'reported' && g === 'major';
    case 'submit_plan': return s === 'in_rectification' || (s === 'reported' && g === 'general');
    case 'progress': return s === 'in_rectification';
    case 'self_accept': case 'self_accept_wrong_password': return s === 'in_rectification' && g === 'major' && m.hasPlan;
    case 'accept_pass': case 'accept_fail': return s === 'awaiting_acceptance';
    case 'close_general': return s === 'in_rectification' && g === 'general';
    case 'list': return g === 'major' && (s === 'in_rectification' || s === 'awaiting_acceptance') && !activeListing(m);
    case 'delist': return s === 'awaiting_delisting' && m.listing?.status === 'awaiting_delisting';
    case 'revoke_closure': return s === 'closed';
  }
}

/** Steps the state allows now (the generator leans on these so runs go deep). */
export function plausibleSteps(m: Model): Step[] {
  const ok = STEPS.filter((s) => s !== 'self_accept_wrong_password' && stateAllows(s, m));
  return ok.length ? ok : STEPS;
}

/** The expected HTTP status and the model after the step (unchanged unless 2xx). */
export function predict(m: Model, step: Step, who: Who): { status: number; next: Model } {
  if (who === 'otherEnt' || who === 'otherDistrict') return { status: 404, next: m };
  if (step === 'delist') {
    if (!m.listing) return { status: 404, next: m }; // no listing to name
    if (who !== m.listing.by) return { status: 403, next: m };
  } else if (!roleMay(step, who)) return { status: 403, next: m };
  if (!stateAllows(step, m)) return { status: 409, next: m };
  if (step === 'self_accept_wrong_password') return { status: 400, next: m };
  const n: Model = { ...m, version: m.version + 1 };
  switch (step) {
    case 'confirm': n.status = 'in_rectification'; break;
    case 'reject_as_general': n.status = 'in_rectification'; n.grade = 'general'; break;
    case 'submit_plan': n.status = 'in_rectification'; n.hasPlan = true; break;
    case 'self_accept': n.status = 'awaiting_acceptance'; break;
    case 'accept_fail': n.status = 'in_rectification'; break;
    case 'accept_pass':
      n.status = activeListing(m) ? 'awaiting_delisting' : 'closed';
      if (activeListing(m)) n.listing = { ...m.listing!, status: 'awaiting_delisting' };
      break;
    case 'close_general': n.status = 'closed'; break;
    case 'list': n.listing = { by: who as 'district' | 'city', status: 'active' }; break;
    case 'delist': n.status = 'closed'; n.listing = { ...m.listing!, status: 'delisted' }; break;
    case 'revoke_closure': n.status = 'in_rectification'; break; // grade, plan and any (delisted) listing stay
    default: break;
  }
  return { status: step === 'list' ? 201 : 200, next: n };
}
