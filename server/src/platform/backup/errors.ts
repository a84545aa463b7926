/** A backup or restore refused or failed for a reason the operator can act on (message in Chinese). */
export class BackupError extends Error {}
