package org.rejoinder.render.internal;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.jspecify.annotations.Nullable;
import org.owasp.html.HtmlStreamEventReceiver;

/**
 * Builds a CommonMark tree from sanitized HTML events, so that a body can be written back as
 * Markdown by CommonMark's own Markdown renderer, which escapes all text. Only the elements the
 * body allowlists produce are mapped; others keep just their text. Not part of the API.
 */
final class MarkdownTree implements HtmlStreamEventReceiver {
  private final Document document = new Document();
  /** The node each open element maps to; {@code null} for an element that keeps only its text. */
  private final List<@Nullable Node> elements = new ArrayList<>();
  private final List<String> names = new ArrayList<>();
  private Node current = document;
  /** Collects the text of {@code code} and {@code pre}, which are literal in Markdown. */
  private @Nullable StringBuilder literal;
  /** The paragraph last made for loose inline content, which following inline content joins. */
  private @Nullable Node looseParagraph;

  Document document() {
    return document;
  }

  @Override
  public void openDocument() {}

  @Override
  public void closeDocument() {}

  @Override
  public void openTag(String name, List<String> attributes) {
    if (literal != null) {
      names.add(name);
      elements.add(null);
      return;
    }
    Node node = nodeFor(name, attributes);
    if (name.equals("br") || name.equals("hr") || name.equals("img")) {
      if (node != null) {
        container(node instanceof Block).appendChild(node);
      }
      return;
    }
    if (name.equals("figcaption")) {
      // The attribution goes back inside the quote it belongs to, as its last line.
      Node quote = current.getLastChild() instanceof BlockQuote bq ? bq : current;
      // Its text starts with the dash, which makes it an attribution again when read back.
      Paragraph line = new Paragraph();
      quote.appendChild(line);
      names.add(name);
      elements.add(current);
      current = line;
      return;
    }
    names.add(name);
    elements.add(node == null ? null : current);
    if (node != null) {
      container(node instanceof Block).appendChild(node);
      current = node;
    }
    if (name.equals("pre") || name.equals("code")) {
      literal = new StringBuilder();
    }
  }

  @Override
  public void closeTag(String name) {
    int at = names.lastIndexOf(name);
    if (at < 0) {
      return;
    }
    while (names.size() > at) {
      String closing = names.remove(names.size() - 1);
      Node parent = elements.remove(elements.size() - 1);
      if ((closing.equals("pre") || closing.equals("code")) && literal != null) {
        String text = literal.toString();
        literal = null;
        if (current instanceof FencedCodeBlock block) {
          block.setLiteral(text.endsWith("\n") ? text : text + "\n");
        } else if (current instanceof Code code) {
          code.setLiteral(text);
        }
      }
      if (parent != null) {
        current = parent;
      }
      if (closing.equals("q")) {
        container(false).appendChild(new Text("”"));
      }
    }
  }

  @Override
  public void text(String text) {
    if (literal != null) {
      literal.append(text);
      return;
    }
    if (current instanceof Block && !(current instanceof Paragraph) && text.isBlank()) {
      return;
    }
    String flat = text.replaceAll("\\s*\\n\\s*", " ");
    Node container = container(false);
    if (container.getLastChild() == null || container.getLastChild() instanceof HardLineBreak) {
      flat = flat.stripLeading();
    }
    if (!flat.isEmpty()) {
      container.appendChild(new Text(flat));
    }
  }

  private @Nullable Node nodeFor(String name, List<String> attributes) {
    return switch (name) {
      case "p" -> new Paragraph();
      case "blockquote" -> new BlockQuote();
      case "ul" -> bulletList();
      case "ol" -> orderedList(attribute(attributes, "start"));
      case "li" -> new ListItem();
      case "pre" -> codeBlock();
      case "code" -> current instanceof FencedCodeBlock ? null : new Code();
      case "em", "i", "cite" -> new Emphasis("*");
      case "strong", "b" -> new StrongEmphasis("**");
      case "del", "s", "strike" -> new Strikethrough("~~");
      case "a" -> link(attributes);
      case "img" -> image(attributes);
      case "br" -> new HardLineBreak();
      case "hr" -> new ThematicBreak();
      case "q" -> {
        container(false).appendChild(new Text("“"));
        yield null;
      }
      default -> null;
    };
  }

  /**
   * Returns where a new node goes: a block goes into the current block container; inline content
   * goes into the current inline container, or into a new paragraph when the current node only
   * holds blocks (as a tight list item's text does).
   */
  private Node container(boolean block) {
    if (block) {
      return current;
    }
    if (current instanceof Document || current instanceof BlockQuote || current instanceof ListItem) {
      Node last = current.getLastChild();
      if (last != null && last == looseParagraph) {
        return last;
      }
      Paragraph paragraph = new Paragraph();
      current.appendChild(paragraph);
      looseParagraph = paragraph;
      return paragraph;
    }
    return current;
  }

  private static Node bulletList() {
    BulletList list = new BulletList();
    list.setMarker("-");
    list.setTight(true);
    return list;
  }

  private static Node orderedList(@Nullable String start) {
    OrderedList list = new OrderedList();
    list.setMarkerStartNumber(start == null ? 1 : Integer.parseInt(start));
    list.setMarkerDelimiter(".");
    list.setTight(true);
    return list;
  }

  private static Node codeBlock() {
    FencedCodeBlock block = new FencedCodeBlock();
    block.setFenceCharacter("`");
    block.setOpeningFenceLength(3);
    block.setClosingFenceLength(3);
    return block;
  }

  private static @Nullable Node link(List<String> attributes) {
    String href = attribute(attributes, "href");
    return href == null ? null : new Link(href, attribute(attributes, "title"));
  }

  private static @Nullable Node image(List<String> attributes) {
    String src = attribute(attributes, "src");
    if (src == null) {
      return null;
    }
    Image image = new Image(src, attribute(attributes, "title"));
    String alt = attribute(attributes, "alt");
    if (alt != null && !alt.isEmpty()) {
      image.appendChild(new Text(alt));
    }
    return image;
  }

  private static @Nullable String attribute(List<String> attributes, String name) {
    for (int i = 0; i + 1 < attributes.size(); i += 2) {
      if (attributes.get(i).equals(name)) {
        return attributes.get(i + 1);
      }
    }
    return null;
  }
}
