/**
 * The anonymiser (`@local-offer/shared/redaction`), loaded the first time something is redacted.
 * It finds names with compromise (436 modules, 0.45 s to import under Node 22), which every process
 * that reads the CMS's configuration paid for at start-up, though only comments, problem reports
 * and searches that found nothing use it.
 */
export const loadRedaction = () => import('@local-offer/shared/redaction')
