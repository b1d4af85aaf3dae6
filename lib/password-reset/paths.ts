/** The page that takes a one-time link (outside the locale tree, like /login). */
export const RESET_PATH = "/login/reset";
/** How long a link works. */
export const RESET_MINUTES = 60;
