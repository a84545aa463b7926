import type { z } from 'zod';
import type {
  certificateAlertsOut, certificateInput, certificateListItem, certificateOut, certificateReviewInput, certificateTypeInput,
  certificateTypeOut, certificateVerificationInput,
} from '@contracts/certificates';

export type CertificateItem = z.infer<typeof certificateListItem>;
export type Certificate = z.infer<typeof certificateOut>;
export type CertificateInput = z.input<typeof certificateInput>;
export type CertificateType = z.infer<typeof certificateTypeOut>;
export type CertificateTypeInput = z.input<typeof certificateTypeInput>;
export type ReviewInput = z.input<typeof certificateReviewInput>;
export type VerificationInput = z.input<typeof certificateVerificationInput>;
export type CertificateAlerts = z.infer<typeof certificateAlertsOut>;
