import type { z } from 'zod';
import type {
  delistInput, extensionDecision, extensionInput, HazardActionBody, hazardInput, hazardListItem, HazardOut, listingInput, standardResponse,
} from '@contracts/hazards';

export type Hazard = HazardOut;
export type HazardListItem = z.infer<typeof hazardListItem>;
export type HazardInput = z.input<typeof hazardInput>;
export type HazardEvent = Hazard['timeline'][number];
export type HazardExtension = Hazard['extensions'][number];
export type HazardListing = Hazard['listings'][number];
export type { HazardActionBody };
export type ExtensionInput = z.input<typeof extensionInput>;
export type ExtensionDecision = z.input<typeof extensionDecision>;
export type ListingInput = z.input<typeof listingInput>;
export type DelistInput = z.input<typeof delistInput>;
export type StandardResponse = z.infer<typeof standardResponse>;
export type StandardItem = StandardResponse['items'][number];

/** Router state of /hazards/:id, set by the report form when the photo upload after creating the hazard failed. */
export interface HazardDetailState { uploadError?: string }
