/**
 * Rejoinder interop: migration in and out. WordPress (WXR) and Disqus imports, WXR export, and a
 * lossless backup of Rejoinder's own. Start with {@link org.rejoinder.interop.WxrImporter}.
 */
module org.rejoinder.interop {
  requires transitive org.rejoinder.core;
  requires com.fasterxml.jackson.databind;
  requires com.google.common;
  requires java.xml;

  exports org.rejoinder.interop;
}
