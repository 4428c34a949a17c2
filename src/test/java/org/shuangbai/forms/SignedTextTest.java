package org.shuangbai.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shuangbai.TestPlans;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.Plan;

/**
 * The text a unit's workbook is signed over is what it was before bodies existed, byte for byte (SHA-256 of
 * the canonical text, computed with the program as it was): workbooks sent out then still verify. Bodies
 * change a unit's score sheet only where the plan has them score it.
 */
class SignedTextTest {
    private static final List<String> BEFORE_BODIES = List.of(
            "S01 REGISTRATION 7cce9e5352cd6bb6aae7dfbc5943b18fcc7d8a120d498c6800ea11642acb0e8c",
            "S01 LEDGER 90f97da91590c61bd79c11249bee94dd0b13baddf49156e16613cc666b710302",
            "S01 SCORE 7278b170ceef093c2537842e6a0c2b0c163cd847f20e2cdad235a23e291de2e2",
            "D48 REGISTRATION bb58c5bcaf0a2d7d6c2e893ddc57bf34414224fd546315961070c78f659c41e2",
            "D48 LEDGER 2dd79510b632774d1ebce5af1373ba403821a9296f53cafd9c51e3314d547d63",
            "D48 SCORE c06f8d9dcba276c2579ca6645ea0bafff56314b92bbb91955824d6c1fd418fac");

    @Test
    void aPlanWithoutBodiesSignsExactlyWhatItDidBefore() throws Exception {
        assertEquals(BEFORE_BODIES, hashes(TestPlans.unitSheets(), FormKind.unitForms()));
    }

    @Test
    void bodiesLeaveTheRegistrationAndLedgerFormsAsTheyWere() throws Exception {
        List<FormKind> records = List.of(FormKind.REGISTRATION, FormKind.LEDGER);
        assertEquals(BEFORE_BODIES.stream().filter(h -> !h.contains(" SCORE ")).toList(),
                hashes(TestPlans.bundled(), records));
    }

    private static List<String> hashes(Plan plan, List<FormKind> kinds) throws Exception {
        List<String> out = new ArrayList<>();
        for (String unit : List.of("S01", "D48")) {
            for (FormKind kind : kinds) {
                FormLayout l = FormLayouts.build(plan, plan.unit(unit).orElseThrow(), kind);
                byte[] text = FormSigner.canonical(l.identity(), l.lockedCells()).getBytes(StandardCharsets.UTF_8);
                out.add(unit + " " + kind + " " + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text)));
            }
        }
        return out;
    }
}
