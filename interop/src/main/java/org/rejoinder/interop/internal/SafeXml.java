package org.rejoinder.interop.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.rejoinder.interop.MalformedFileException;

/**
 * XML read as hostile input, a streaming event at a time, with the JDK's own StAX parser: no
 * document type declaration (so no entity of the file's own, internal or external), no access to
 * external DTDs or schemas, entity expansion bounded by the JDK's limits anyway, elements nested
 * at most {@link #MAX_DEPTH} deep, and the text of one element held up to a bound. CDATA sections
 * are reported apart from other text, so that white space between them can be told from content.
 */
public final class SafeXml implements AutoCloseable {
  /** How deep elements may nest: WXR and Disqus files need 5; a file may have 64. */
  public static final int MAX_DEPTH = 64;

  private static final XMLInputFactory FACTORY = factory();

  private final String name;
  private final CountingInputStream input;
  private final XMLStreamReader reader;
  private int depth;

  private SafeXml(String name, CountingInputStream input) throws XMLStreamException {
    this.name = name;
    this.input = input;
    this.reader = FACTORY.createXMLStreamReader(input);
  }

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty("http://java.sun.com/xml/stream/properties/report-cdata-event", true);
    // The JDK's own limits, lower than its defaults; without a DTD no entity can be declared.
    factory.setProperty("jdk.xml.entityExpansionLimit", "100");
    factory.setProperty("jdk.xml.maxGeneralEntitySizeLimit", "10000");
    factory.setProperty("jdk.xml.totalEntitySizeLimit", "100000");
    factory.setProperty("jdk.xml.maxElementDepth", String.valueOf(MAX_DEPTH));
    return factory;
  }

  /** Opens {@code file}; {@code name} is how messages call it. */
  public static SafeXml open(Path file, String name) {
    try {
      CountingInputStream input = new CountingInputStream(Files.newInputStream(file));
      try {
        return new SafeXml(name, input);
      } catch (XMLStreamException e) {
        input.close();
        throw malformed(name, e);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("Could not read " + name, e);
    }
  }

  /** Returns how many bytes of the file were read so far. */
  public long bytesRead() {
    return input.count();
  }

  /** Returns the name messages call the file by. */
  public String name() {
    return name;
  }

  /**
   * Moves to the next start or end of an element and returns its event, or {@link
   * XMLStreamConstants#END_DOCUMENT}; text between elements is skipped.
   *
   * @throws MalformedFileException if the XML is not well formed, declares a document type, or
   *     nests too deep
   */
  public int nextTag() {
    try {
      while (reader.hasNext()) {
        int event = reader.next();
        switch (event) {
          case XMLStreamConstants.START_ELEMENT -> {
            if (++depth > MAX_DEPTH) {
              throw problem("elements are nested deeper than " + MAX_DEPTH + " levels");
            }
            return event;
          }
          case XMLStreamConstants.END_ELEMENT -> {
            depth--;
            return event;
          }
          case XMLStreamConstants.DTD -> throw problem(
              "document type declarations are refused (they can hold entities that read files"
                  + " or expand without bound)");
          case XMLStreamConstants.ENTITY_REFERENCE -> throw problem(
              "entity &" + reader.getLocalName() + "; is not declared");
          default -> {
            // text, comments and processing instructions between elements
          }
        }
      }
      return XMLStreamConstants.END_DOCUMENT;
    } catch (XMLStreamException e) {
      throw malformed(name, e);
    }
  }

  /** Returns the local name of the current element. */
  public String localName() {
    return reader.getLocalName();
  }

  /** Returns the namespace of the current element, {@code ""} if none. */
  public String namespace() {
    String uri = reader.getNamespaceURI();
    return uri == null ? "" : uri;
  }

  /** Returns an attribute of the current element by namespace and local name, or {@code null}. */
  public @Nullable String attribute(String namespace, String localName) {
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      String ns = reader.getAttributeNamespace(i);
      if (localName.equals(reader.getAttributeLocalName(i)) && namespace.equals(ns == null ? "" : ns)) {
        return reader.getAttributeValue(i);
      }
    }
    return null;
  }

  /** Returns the namespace the current element declares for {@code prefix}, or {@code null}. */
  public @Nullable String declaredNamespace(String prefix) {
    return reader.getNamespaceURI(prefix);
  }

  /** Returns the line of the current event. */
  public int line() {
    return reader.getLocation().getLineNumber();
  }

  /**
   * Reads the text of the current element up to its end, which becomes the current event: its
   * text, with the white space around CDATA sections dropped when it has any (the formatting of a
   * hand-written file, not content). Text beyond {@code maxChars} is read but not kept, and the
   * result says so.
   *
   * @throws MalformedFileException if the element holds other elements or the XML is broken
   */
  public Text text(int maxChars) {
    StringBuilder kept = new StringBuilder();
    boolean cut = false;
    boolean sawCdata = false;
    int firstCdata = -1;
    int endOfLastCdata = -1;
    try {
      while (true) {
        int event = reader.next();
        switch (event) {
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE,
              XMLStreamConstants.CDATA -> {
            if (event == XMLStreamConstants.CDATA) {
              if (!sawCdata) {
                firstCdata = kept.length();
              }
              sawCdata = true;
            }
            int room = maxChars - kept.length();
            int length = reader.getTextLength();
            if (length > room) {
              cut = true;
            }
            kept.append(reader.getTextCharacters(), reader.getTextStart(), Math.max(0, Math.min(room, length)));
            if (event == XMLStreamConstants.CDATA) {
              endOfLastCdata = kept.length();
            }
          }
          case XMLStreamConstants.END_ELEMENT -> {
            depth--;
            String text = kept.toString();
            if (sawCdata && !cut) {
              String before = text.substring(0, firstCdata);
              String after = text.substring(endOfLastCdata);
              if (before.isBlank() && after.isBlank()) {
                text = text.substring(firstCdata, endOfLastCdata);
              }
            }
            return new Text(text, cut);
          }
          case XMLStreamConstants.START_ELEMENT -> throw problem(
              "element " + reader.getLocalName() + " is not expected inside a text value");
          case XMLStreamConstants.ENTITY_REFERENCE -> throw problem(
              "entity &" + reader.getLocalName() + "; is not declared");
          default -> {
            // comments and processing instructions inside text
          }
        }
      }
    } catch (XMLStreamException e) {
      throw malformed(name, e);
    }
  }

  /** Skips the current element with everything in it; its end becomes the current event. */
  public void skipElement() {
    int level = 1;
    while (level > 0) {
      int event = nextTag();
      if (event == XMLStreamConstants.START_ELEMENT) {
        level++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        level--;
      } else {
        throw problem("the file ends inside an element");
      }
    }
  }

  /** Returns an exception naming the current position. */
  public MalformedFileException problem(String what) {
    Location at = reader.getLocation();
    return new MalformedFileException(name, at.getLineNumber(), at.getColumnNumber(), what, null);
  }

  private static MalformedFileException malformed(String name, XMLStreamException e) {
    Location at = e.getLocation();
    String message = e.getMessage() == null ? "not well-formed XML" : e.getMessage();
    // The JDK prefixes its message with the position, which ours already gives.
    int cut = message.indexOf("Message: ");
    if (cut >= 0) {
      message = message.substring(cut + "Message: ".length());
    }
    return new MalformedFileException(name, at == null ? -1 : at.getLineNumber(),
        at == null ? -1 : at.getColumnNumber(), message.strip(), e);
  }

  @Override
  public void close() {
    try {
      reader.close();
      input.close();
    } catch (XMLStreamException | IOException e) {
      // Nothing was written through them; a failure to release a read-only file is harmless.
    }
  }

  /** The text of an element, and whether it was longer than what was kept. */
  public record Text(String value, boolean cut) {}

  /** An input stream that counts the bytes read through it, for progress. */
  static final class CountingInputStream extends java.io.FilterInputStream {
    private long count;

    CountingInputStream(InputStream in) {
      super(new java.io.BufferedInputStream(in, 1 << 16));
    }

    long count() {
      return count;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
