/** Cache tag of every public read of legal documents (register, pages, search). */
export const DOCUMENTS_TAG = "legal-documents";
/** Cache tag of the search synonyms list. */
export const SYNONYMS_TAG = "search-synonyms";
