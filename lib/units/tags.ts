/** Cache tag of everything read from the administrative-unit tree. */
export const UNITS_TAG = "units";
