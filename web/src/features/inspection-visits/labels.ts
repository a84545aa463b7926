export { TRAINING_RATINGS, VERIFICATION_METHODS, VERIFICATION_RESULTS } from '@contracts/inspection-visits';
export { HAZARD_GRADES, HAZARD_STATUSES } from '@contracts/hazards';
