package org.shuangbai.evaluation;

import java.util.List;

/**
 * The 立项 check of one unit: how many district tasks it leads or shares, how many rows it registered
 * and what was found. A unit whose 效能监察立项表 is not in the ledger is not checked ({@code form} null,
 * no findings): its tasks stay owed until the form comes in.
 */
public record UnitTaskCheck(String unitCode, RegistrationForm form, int tasks, int registrations,
                            List<TaskFinding> findings) {

    public UnitTaskCheck {
        findings = List.copyOf(findings);
    }

    public boolean returned() {
        return form != null;
    }

    public long count(TaskFinding.Kind kind) {
        return findings.stream().filter(f -> f.kind() == kind).count();
    }

    /** Whether the unit must correct its registration (a 整改要求 is written for it). */
    public boolean rectify() {
        return findings.stream().anyMatch(f -> f.kind().rectify());
    }
}
