package org.shuangbai.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.shuangbai.TestPlans;
import org.shuangbai.plan.FormKind;
import org.shuangbai.plan.Plan;

/**
 * The signature is HMAC-SHA256 of {@link FormSigner#canonical}'s UTF-8 bytes, however the signer feeds them
 * to the MAC: texts that need escaping, that are not ASCII or not even well-formed UTF-16, and texts longer
 * than any buffer.
 */
class FormSignerTest {
    private static final WorkspaceKey KEY = PlanFixture.key(3);
    private static final FormIdentity ID = new FormIdentity("CY-2009-SB", 2009, "D99", FormKind.SCORE, "1");

    private static String hmacOfCanonical(FormIdentity identity, List<LockedCell> cells) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY.bytes(), "HmacSHA256"));
        byte[] text = FormSigner.canonical(identity, cells).getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(mac.doFinal(text));
    }

    @Test
    void awkwardTextsAreSignedAsTheirCanonicalText() throws Exception {
        List<LockedCell> cells = List.of(
                new LockedCell("说明", "A1", "第一行\r\n第二行\\尾"),
                new LockedCell("评分表", "B2", "3.0"),
                new LockedCell("评分表", "C3", ""),
                new LockedCell("sheet\\n", "AB10", "emoji 😀 and a lone \uD83D surrogate"),
                new LockedCell("评分表", "XFD1048576", "x".repeat(40_000) + "字" + "y".repeat(20_000)),
                new LockedCell("评分表", "D4", "字".repeat(9_000)));
        FormSigner signer = new FormSigner(KEY);
        String signature = signer.sign(ID, cells);
        assertEquals(hmacOfCanonical(ID, cells), signature);
        assertTrue(signer.verify(ID, cells, signature.toUpperCase()));
        assertFalse(signer.verify(ID, cells.subList(1, cells.size()), signature));
    }

    @Test
    void aLayoutIsSignedAsItsLockedCells() throws Exception {
        Plan plan = TestPlans.bundled();
        FormLayout body = FormLayouts.build(plan, plan.assessors().bodies().get(0));
        FormLayout score = FormLayouts.build(plan, plan.unit("S01").orElseThrow(), FormKind.SCORE);
        FormSigner signer = new FormSigner(KEY);
        for (FormLayout l : List.of(body, score)) {
            String signature = signer.sign(l);
            assertEquals(hmacOfCanonical(l.identity(), l.lockedCells()), signature);
            assertTrue(signer.verify(l.identity(), l, signature));
            assertFalse(signer.verify(ID, l, signature));
            assertFalse(signer.verify(l.identity(), l, null));
        }
        assertFalse(signer.verify(body.identity(), score, signer.sign(body)));
    }
}
