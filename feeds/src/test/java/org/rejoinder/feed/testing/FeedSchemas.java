package org.rejoinder.feed.testing;

import static java.util.Objects.requireNonNull;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks feeds against their formats' schemas and returns what is wrong, one line a problem, so
 * that a test asserts an empty list and a failure names every problem at once.
 *
 * <ul>
 *   <li>Atom: RFC 4287's RELAX NG grammar (its Appendix B, {@code schema/atom.rnc}) with Jing; the
 *       rules the RFC gives as Schematron annotations, in XPath; and each {@code thr:in-reply-to}
 *       against RFC 4685's definition ({@code schema/thread.rnc}), whose {@code ref} and {@code
 *       href} must be absolute addresses (a {@code ref} is an {@code atom:id}).
 *   <li>RSS 2.0: an XML Schema written from the specification's element list ({@code
 *       schema/rss-2.0.xsd}, with the modules WordPress uses), and the one rule XML Schema 1.0
 *       cannot say: every item has a title or a description.
 * </ul>
 */
public final class FeedSchemas {
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String THREADING = "http://purl.org/syndication/thread/1.0";

  private FeedSchemas() {}

  /** Returns the problems of an Atom feed document; empty if it is valid. */
  public static List<String> atomProblems(String xml) {
    requireNonNull(xml, "xml must not be null");
    List<String> problems = relaxNg("atom.rnc", xml);
    Document doc = parse(xml, problems);
    if (doc == null) {
      return problems;
    }
    // RFC 4287's Schematron rules.
    if (count(doc, "/atom:feed[not(atom:author)]/atom:entry[not(atom:author)]") > 0) {
      problems.add("an atom:feed without an atom:author has an atom:entry without one");
    }
    if (count(doc, "//atom:entry[not(atom:link[@rel='alternate'] or atom:link[not(@rel)]"
        + " or atom:content)]") > 0) {
      problems.add("an atom:entry has neither an alternate atom:link nor atom:content");
    }
    NodeList replies = doc.getElementsByTagNameNS(THREADING, "in-reply-to");
    for (int i = 0; i < replies.getLength(); i++) {
      Element reply = (Element) replies.item(i);
      for (String problem : relaxNg("thread.rnc", serialize(reply))) {
        problems.add("thr:in-reply-to #" + (i + 1) + ": " + problem);
      }
      for (String attribute : List.of("ref", "href")) {
        if (reply.hasAttribute(attribute) && !isAbsolute(reply.getAttribute(attribute))) {
          problems.add("thr:in-reply-to #" + (i + 1) + ": " + attribute + " is not an absolute IRI: "
              + reply.getAttribute(attribute));
        }
      }
    }
    return problems;
  }

  /** Returns the problems of an RSS 2.0 document; empty if it is valid. */
  public static List<String> rssProblems(String xml) {
    requireNonNull(xml, "xml must not be null");
    List<String> problems = new ArrayList<>();
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      Schema schema = factory.newSchema(resource("rss-2.0.xsd"));
      Validator validator = schema.newValidator();
      validator.setErrorHandler(collecting(problems));
      validator.validate(new StreamSource(new StringReader(xml)));
    } catch (SAXException e) {
      problems.add("not well-formed: " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Document doc = parse(xml, problems);
    if (doc != null && count(doc, "/rss/channel/item[not(title) and not(description)]") > 0) {
      problems.add("an item has neither a title nor a description");
    }
    return problems;
  }

  private static List<String> relaxNg(String schema, String xml) {
    List<String> problems = new ArrayList<>();
    PropertyMapBuilder properties = new PropertyMapBuilder();
    properties.put(ValidateProperty.ERROR_HANDLER, collecting(problems));
    ValidationDriver driver =
        new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
    try {
      if (!driver.loadSchema(new InputSource(RelaxNgFiles.FOLDER.resolve(schema).toUri().toString()))) {
        throw new IllegalStateException("Cannot load " + schema + ": " + problems);
      }
      driver.validate(new InputSource(new StringReader(xml)));
    } catch (SAXException e) {
      problems.add("not well-formed: " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return problems;
  }

  /**
   * The RELAX NG schemas copied to a temporary folder once: thread.rnc includes atom.rnc by a
   * relative address, which Jing cannot resolve inside a jar (as in this module's test-jar).
   */
  private static final class RelaxNgFiles {
    static final Path FOLDER = copy("atom.rnc", "thread.rnc");

    private static Path copy(String... names) {
      try {
        Path folder = Files.createTempDirectory("rejoinder-feed-schemas");
        for (String name : names) {
          try (InputStream in = resource(name).openStream()) {
            Files.copy(in, folder.resolve(name));
          }
          folder.resolve(name).toFile().deleteOnExit();
        }
        folder.toFile().deleteOnExit();
        return folder;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static ErrorHandler collecting(List<String> problems) {
    return new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) {
        problems.add("line " + e.getLineNumber() + ": " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        error(e);
      }
    };
  }

  private static URL resource(String name) {
    URL url = FeedSchemas.class.getResource("/org/rejoinder/feed/schema/" + name);
    if (url == null) {
      throw new IllegalStateException("Missing schema " + name);
    }
    return url;
  }

  private static @Nullable Document parse(String xml, List<String> problems) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    } catch (SAXException e) {
      if (problems.isEmpty()) {
        problems.add("not well-formed: " + e.getMessage());
      }
      return null;
    } catch (IOException | ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int count(Document doc, String expression) {
    XPath xpath = XPathFactory.newInstance().newXPath();
    xpath.setNamespaceContext(new NamespaceContext() {
      @Override
      public String getNamespaceURI(String prefix) {
        return "atom".equals(prefix) ? ATOM : XMLConstants.NULL_NS_URI;
      }

      @Override
      public String getPrefix(String uri) {
        return null;
      }

      @Override
      public Iterator<String> getPrefixes(String uri) {
        return Collections.emptyIterator();
      }
    });
    try {
      return ((NodeList) xpath.evaluate(expression, doc, XPathConstants.NODESET)).getLength();
    } catch (XPathExpressionException e) {
      throw new IllegalStateException(expression, e);
    }
  }

  private static String serialize(Element element) {
    try {
      StringWriter out = new StringWriter();
      Transformer transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
      transformer.transform(new DOMSource(element), new StreamResult(out));
      return out.toString();
    } catch (TransformerException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isAbsolute(String iri) {
    try {
      return new URI(iri).isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
