package org.caredesk.kb;

/**
 * One token of analysed text.
 *
 * @param position    token position, counting the gaps left by removed stop words (phrases need them)
 * @param startOffset where the original word starts in the input text
 * @param endOffset   where it ends (exclusive)
 */
record AnalyzedTerm(String text, int position, int startOffset, int endOffset) {}
