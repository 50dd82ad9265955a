package org.rejoinder.interop;

/**
 * What an export or a backup wrote.
 *
 * @param posts how many posts
 * @param comments how many comments
 * @since 0.2.0
 */
public record ExportSummary(long posts, long comments) {}
