/**
 * Migration in and out: {@link org.rejoinder.interop.WxrImporter} and {@link
 * org.rejoinder.interop.DisqusImporter} bring comments in from WordPress and Disqus exports,
 * {@link org.rejoinder.interop.WxrExporter} writes them out as a WordPress export, and {@link
 * org.rejoinder.interop.Backup} keeps everything Rejoinder stores in a file of its own and
 * restores it. Every import returns an {@link org.rejoinder.interop.ImportReport}.
 */
@NullMarked
package org.rejoinder.interop;

import org.jspecify.annotations.NullMarked;
