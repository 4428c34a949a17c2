package org.shuangbai.cli;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.ResourceBundle;

import org.shuangbai.text.Messages;

/**
 * The help texts of one command, taken from templates/messages.properties under the prefix
 * {@code cli.<command>.} (shared ones such as {@code help} and {@code workspace} under {@code cli.common.}),
 * in the form picocli reads a resource bundle: {@code usage.description.0}, option description keys.
 */
final class MessagesBundle extends ResourceBundle {
    private final String prefix;

    MessagesBundle(String command) {
        this.prefix = "cli." + command + ".";
    }

    @Override
    protected Object handleGetObject(String key) {
        for (String p : List.of(prefix, "cli.common.")) {
            if (Messages.has(p + key)) {
                return Messages.text(p + key);
            }
        }
        return null;
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(Messages.bundledKeys().stream()
                .filter(k -> k.startsWith(prefix) || k.startsWith("cli.common."))
                .map(k -> k.startsWith(prefix) ? k.substring(prefix.length()) : k.substring("cli.common.".length()))
                .toList());
    }
}
