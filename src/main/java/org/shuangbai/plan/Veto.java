package org.shuangbai.plan;

import java.util.List;

/** 一票否决情形: one situation, the system whose table lists it, its effect and the systems it applies to. */
public record Veto(String code, int number, String systemCode, String situation, VetoEffect effect,
                   List<String> appliesTo) {
    public Veto {
        appliesTo = List.copyOf(appliesTo);
    }
}
