export const ETHNIC_GROUPS_TAG = "ethnic-groups";
