/** Cache tag of everything read from the dataset (indicators, observations, published tables). */
export const DATASET_TAG = "dataset";
