package org.rejoinder.moderation;

/**
 * What a purge of the trash did.
 *
 * @param deleted comments deleted for good
 * @param tombstoned comments with replies turned into tombstones, their author and text erased
 * @since 0.1.0
 */
public record PurgeResult(int deleted, int tombstoned) {}
