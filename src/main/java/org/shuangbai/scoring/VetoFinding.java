package org.shuangbai.scoring;

import java.util.List;

import org.shuangbai.plan.VetoEffect;

/** A 一票否决 situation found (answered 是) for a unit, with its effect and where it was recorded. */
public record VetoFinding(String vetoCode, int number, VetoEffect effect, String explanation,
                          List<String> sources) {
    public VetoFinding {
        sources = List.copyOf(sources);
    }
}
