/** The platform's own payment features, in words every market uses. */
export const INTL_PLATFORM_PAYMENT = 'escrow|milestone payment|release the milestone|released the milestone';
