package org.sectordesk.workspace;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The line of every key and list item of a YAML file, by path ({@code coverage}, {@code coverage[3]},
 * {@code coverage[3].code}), so errors found after parsing can name their line. Also finds a key given twice in
 * one mapping, which a YAML reader would otherwise let the second one win silently.
 */
final class YamlLines {
  private final Map<String, Integer> lines = new HashMap<>();
  private String duplicate;

  private YamlLines() {}

  static YamlLines of(String text) {
    YamlLines y = new YamlLines();
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true);
    Node root = new Yaml(options).compose(new StringReader(text));
    if (root != null) {
      y.walk(root, "");
    }
    return y;
  }

  private void walk(Node node, String path) {
    if (node instanceof MappingNode m) {
      Map<String, Integer> seen = new HashMap<>();
      for (NodeTuple t : m.getValue()) {
        if (!(t.getKeyNode() instanceof ScalarNode k)) {
          continue;
        }
        String key = k.getValue();
        int line = k.getStartMark().getLine() + 1;
        Integer first = seen.putIfAbsent(key, line);
        String p = path.isEmpty() ? key : path + "." + key;
        if (first != null && duplicate == null) {
          duplicate = line + "\t" + p + "\t" + first;
        }
        lines.putIfAbsent(p, line);
        walk(t.getValueNode(), p);
      }
    } else if (node instanceof SequenceNode s) {
      int i = 0;
      for (Node item : s.getValue()) {
        String p = path + "[" + i++ + "]";
        lines.put(p, item.getStartMark().getLine() + 1);
        walk(item, p);
      }
    }
  }

  /** The line of a path, or of its nearest parent that has one; 0 when none. */
  int line(String path) {
    String p = path;
    while (!p.isEmpty()) {
      Integer l = lines.get(p);
      if (l != null) {
        return l;
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut < 0 ? "" : p.substring(0, cut);
    }
    return 0;
  }

  /** The first key given twice in one mapping, as {@code line \t path \t firstLine}, or null. */
  String duplicate() {
    return duplicate;
  }
}
