package org.rejoinder.interop;

/**
 * How far an import has come, as {@link ImportListener#progress} hears it.
 *
 * @param bytesRead how many bytes of the file were read
 * @param fileBytes the file's size in bytes
 * @param postsRead how many posts (or threads) were read
 * @param commentsRead how many comments were read
 * @param commentsImported how many of them were imported (or, in a dry run, would be)
 * @since 0.2.0
 */
public record ImportProgress(
    long bytesRead, long fileBytes, long postsRead, long commentsRead, long commentsImported) {}
