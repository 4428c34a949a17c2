package org.shuangbai.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.shuangbai.Workspace;
import org.shuangbai.ledger.FormStatus;
import org.shuangbai.plan.FormKind;
import org.shuangbai.text.Messages;

/**
 * When each form is due (optional settings {@code forms.registration.due}, {@code forms.ledger.due},
 * {@code forms.score.due} in input/plan/settings.properties, e.g. 2009-03-31): a form still missing or
 * rejected after its date is 逾期 on the board. A date that does not parse is left out with a warning.
 *
 * <p>Read here rather than by the plan loader so that the console needs no change to the plan model; it
 * belongs in {@code Settings} once the plan loader is free to take it.
 */
public record FormDeadlines(Map<FormKind, LocalDate> dates, List<String> warnings) {
    public FormDeadlines {
        dates = Map.copyOf(dates);
        warnings = List.copyOf(warnings);
    }

    public static final String SETTINGS = "settings.properties";

    public static FormDeadlines none() {
        return new FormDeadlines(Map.of(), List.of());
    }

    public static FormDeadlines read(Workspace workspace) throws IOException {
        Path file = workspace.planDir().resolve(SETTINGS);
        if (!Files.isRegularFile(file)) {
            return none();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<FormKind, LocalDate> dates = new EnumMap<>(FormKind.class);
        List<String> warnings = new ArrayList<>();
        for (FormKind form : FormKind.values()) {
            String key = key(form);
            String v = p.getProperty(key, "").strip();
            if (v.isEmpty()) {
                continue;
            }
            try {
                dates.put(form, LocalDate.parse(v));
            } catch (DateTimeParseException e) {
                warnings.add(Messages.text("console.deadline.invalid", "key", key, "value", v, "file", file));
            }
        }
        return new FormDeadlines(dates, warnings);
    }

    public static String key(FormKind form) {
        return "forms." + form.option() + ".due";
    }

    public Optional<LocalDate> due(FormKind form) {
        return Optional.ofNullable(dates.get(form));
    }

    /** Missing or rejected (nothing accepted) and past its due date on {@code today}. */
    public boolean overdue(FormStatus status, LocalDate today) {
        return overdue(status.form(), status.state(), today);
    }

    /** The same for any holder's standing with a form (an assessing body's with its workbook). */
    public boolean overdue(FormKind form, FormStatus.State state, LocalDate today) {
        LocalDate due = dates.get(form);
        return state != FormStatus.State.ACCEPTED && due != null && today.isAfter(due);
    }
}
